// The levels are named after the dataset's province: Inner Mongolia's
// 盟市/旗县 and 自治区/全区, every other province's 地市/县区 and 省级, with the
// whole province 全省, 全市 (a municipality) or 全区 (an autonomous region).
import { describe, expect, it } from 'vitest';
import { CITY_COUNTY_WORDS, datasetLevelWords, LEAGUE_BANNER_WORDS, levelWords, perLevelWords, inLevelWords } from '../../src/domain/levelWords';
import type { Region } from '../../src/domain/types';

const region = (code: string, level: Region['level']): Pick<Region, 'code' | 'level'> => ({ code, level });

describe('levelWords', () => {
  it('says 盟市, 旗县, 自治区 and 全区 for Inner Mongolia (15…) at any level of its codes', () => {
    for (const code of ['150000', '150900', '150921']) expect(levelWords(code)).toEqual({ city: '盟市', county: '旗县', province: '自治区', whole: '全区', cityLevel: '盟市级', countyLevel: '旗县级' });
  });

  it('says 地市, 县区 and 省级 for every other province and the municipalities; an autonomous region pays as 自治区', () => {
    // 湖南, 北京, 重庆, 四川, and codes that only begin with 1 or 5.
    for (const code of ['430000', '110000', '500000', '510000', '105000', '015000']) {
      expect(levelWords(code)).toMatchObject({ city: '地市', county: '县区', province: '省级' });
    }
    // 新疆, 广西, 西藏, 宁夏: as 内蒙古 (its data README: province 自治区).
    for (const code of ['650000', '450000', '540000', '640000']) {
      expect(levelWords(code)).toMatchObject({ city: '地市', county: '县区', province: '自治区' });
    }
  });

  // A sweep of 新疆 (阿克苏地区 beside 昌吉回族自治州) and 西藏 (阿里地区): 阿克苏地区 was called a 市（州）.
  it('says 地（州、市）with prefectures (地区) and autonomous prefectures, 地（市）with prefectures alone', () => {
    const xinjiang = datasetLevelWords([
      { code: '650000', level: 'province', name: '新疆维吾尔自治区' },
      { code: '650100', level: 'city', name: '乌鲁木齐市' },
      { code: '652300', level: 'city', name: '昌吉回族自治州' },
      { code: '652900', level: 'city', name: '阿克苏地区' },
    ]);
    expect(xinjiang).toMatchObject({ city: '地（州、市）', county: '县（市、区）', province: '自治区', whole: '全区' });
    const tibet = datasetLevelWords([
      { code: '540000', level: 'province', name: '西藏自治区' },
      { code: '540100', level: 'city', name: '拉萨市' },
      { code: '542500', level: 'city', name: '阿里地区' },
    ]);
    expect(tibet).toMatchObject({ city: '地（市）', county: '县（市、区）', province: '自治区' });
    // One object per set of words: pages key their text tables by it (perLevelWords).
    expect(datasetLevelWords([{ code: '540000', level: 'province', name: '西藏自治区' }, { code: '542500', level: 'city', name: '阿里地区' }])).toBe(tibet);
  });

  it('calls the whole province 全省, a municipality 全市, another autonomous region 全区', () => {
    const whole = (code: string): string => levelWords(code).whole;
    expect(['430000', '420000', '440000', '510000'].map(whole)).toEqual(['全省', '全省', '全省', '全省']);
    expect(['110000', '120000', '310000', '500000'].map(whole)).toEqual(['全市', '全市', '全市', '全市']);
    expect(['450000', '540000', '640000', '650000'].map(whole)).toEqual(['全区', '全区', '全区', '全区']);
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

  it('says 市（州）and 县（市、区）for a province with autonomous prefectures among its cities (湖北, 四川), once per province kind', () => {
    const hubei = [
      { code: '420000', level: 'province' as const, name: '湖北省' },
      { code: '420100', level: 'city' as const, name: '武汉市' },
      { code: '422800', level: 'city' as const, name: '恩施土家族苗族自治州' },
    ];
    expect(datasetLevelWords(hubei)).toEqual({ city: '市（州）', county: '县（市、区）', province: '省级', whole: '全省', cityLevel: '市州级', countyLevel: '县级' });
    expect(datasetLevelWords([...hubei])).toBe(datasetLevelWords(hubei));
    // 杭州市 is a city; a county-level 州 is no prefecture; names are not needed to tell the province.
    expect(datasetLevelWords([{ code: '330000', level: 'province', name: '浙江省' }, { code: '330100', level: 'city', name: '杭州市' }])).toBe(CITY_COUNTY_WORDS);
    expect(datasetLevelWords([{ code: '420000', level: 'province', name: '湖北省' }, { code: '422801', level: 'county', name: '某州' }])).toBe(CITY_COUNTY_WORDS);
    // 新疆 (an autonomous region with 州): 全区 kept.
    expect(datasetLevelWords([{ code: '650000', level: 'province', name: '新疆维吾尔自治区' }, { code: '652300', level: 'city', name: '昌吉回族自治州' }]).whole).toBe('全区');
    // Inner Mongolia has no 州 but keeps its words whatever a name says.
    expect(datasetLevelWords([{ code: '150000', level: 'province', name: '内蒙古自治区' }, { code: '152200', level: 'city', name: '兴安州' }])).toBe(LEAGUE_BANNER_WORDS);
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

// A 四川 sweep: the data page's template list said 旗县/县区应缴应配 beside 地市 and 县区 everywhere else.
describe('inLevelWords', () => {
  it("says a contract label's levels in the dataset's words", () => {
    expect(inLevelWords('旗县/县区应缴应配', levelWords('510000'))).toBe('县区应缴应配');
    expect(inLevelWords('旗县/县区应缴应配', levelWords('150000'))).toBe('旗县应缴应配');
    expect(inLevelWords('盟市/地市因素', levelWords('510000'))).toBe('地市因素');
    expect(inLevelWords('年初结余', levelWords('510000'))).toBe('年初结余');
  });
});
