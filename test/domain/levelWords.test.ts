// The city and county levels are named after the dataset's province:
// Inner Mongolia's 盟市/旗县, every other province's 地市/县区.
import { describe, expect, it } from 'vitest';
import { CITY_COUNTY_WORDS, datasetLevelWords, LEAGUE_BANNER_WORDS, levelWords, perLevelWords } from '../../src/domain/levelWords';
import type { Region } from '../../src/domain/types';

const region = (code: string, level: Region['level']): Pick<Region, 'code' | 'level'> => ({ code, level });

describe('levelWords', () => {
  it('says 盟市 and 旗县 for Inner Mongolia (15…) at any level of its codes', () => {
    for (const code of ['150000', '150900', '150921']) expect(levelWords(code)).toEqual({ city: '盟市', county: '旗县' });
  });

  it('says 地市 and 县区 for every other province, autonomous regions and municipalities too', () => {
    // 湖南, 北京, 重庆, 新疆, 广西, and a code that only begins with 1 and 5.
    for (const code of ['430000', '110000', '500000', '650000', '450000', '510000', '105000']) {
      expect(levelWords(code)).toEqual({ city: '地市', county: '县区' });
    }
  });

  it('says the neutral pair when no province is known', () => {
    expect(levelWords(null)).toBe(CITY_COUNTY_WORDS);
    expect(levelWords(undefined)).toBe(CITY_COUNTY_WORDS);
    expect(datasetLevelWords([])).toBe(CITY_COUNTY_WORDS);
  });
});

describe('datasetLevelWords', () => {
  it("takes the province row's code, wherever it is listed", () => {
    expect(datasetLevelWords([region('430100', 'city'), region('430000', 'province')])).toBe(CITY_COUNTY_WORDS);
    expect(datasetLevelWords([region('150100', 'city'), region('150000', 'province')])).toBe(LEAGUE_BANNER_WORDS);
  });

  it("takes a city's folder without its province by the first region's code", () => {
    expect(datasetLevelWords([region('150900', 'city'), region('150921', 'county')])).toBe(LEAGUE_BANNER_WORDS);
    expect(datasetLevelWords([region('430100', 'city'), region('430102', 'county')])).toBe(CITY_COUNTY_WORDS);
  });
});

describe('perLevelWords', () => {
  it('builds a table once for each pair of words', () => {
    let built = 0;
    const table = perLevelWords((w) => {
      built += 1;
      return { heading: `各${w.city}` };
    });
    expect(table(LEAGUE_BANNER_WORDS).heading).toBe('各盟市');
    expect(table(CITY_COUNTY_WORDS).heading).toBe('各地市');
    expect(table(LEAGUE_BANNER_WORDS)).toBe(table(LEAGUE_BANNER_WORDS));
    expect(built).toBe(2);
  });
});
