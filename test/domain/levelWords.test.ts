// The levels are named after the dataset's province: Inner Mongolia's
// 盟市/旗县 and 自治区/全区, every other province's 地市/县区 and 省级, with the
// whole province 全省, 全市 (a municipality) or 全区 (an autonomous region).
import { describe, expect, it } from 'vitest';
import { CITY_COUNTY_WORDS, cityAndCounty, datasetLevelWords, LEAGUE_BANNER_WORDS, levelWords, perLevelWords, inLevelWords } from '../../src/domain/levelWords';
import type { Region } from '../../src/domain/types';

const region = (code: string, level: Region['level']): Pick<Region, 'code' | 'level'> => ({ code, level });

describe('levelWords', () => {
  it('says 盟市, 旗县, 自治区 and 全区 for Inner Mongolia (15…) at any level of its codes', () => {
    for (const code of ['150000', '150900', '150921']) expect(levelWords(code)).toEqual({ city: '盟市', county: '旗县', province: '自治区', whole: '全区', cityLevel: '盟市级', countyLevel: '旗县级' });
  });

  it('says 地市, 县区 and 省级 for every other province; an autonomous region pays as 自治区', () => {
    // 湖南, 四川, and codes that only begin with 11 or 50.
    for (const code of ['430000', '510000', '105000', '015000', '011000', '050000']) {
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

  // The stop-44 sweep (海南): the report's gap table listed 五指山市 under 地市, a county-level unit called a prefecture-level city.
  it('says 市县 (市县级) for the pools of a province that runs county-level units itself, however they are written', () => {
    const hainan = [
      { code: '460000', level: 'province' as const, name: '海南省' },
      { code: '460100', level: 'city' as const, name: '海口市' },
      { code: '460105', level: 'county' as const, name: '秀英区' },
    ];
    const own = { city: '市县', county: '县区', province: '省级', whole: '全省', cityLevel: '市县级', countyLevel: '县级' };
    // Under the grouping 469000 (as read), and lifted to pools (level city, as loaded): the same words, once.
    const read = datasetLevelWords([...hainan, { code: '469000', level: 'city', name: '省直辖县级行政区划' }, { code: '469001', level: 'county', name: '五指山市' }]);
    expect(read).toEqual(own);
    expect(datasetLevelWords([...hainan, { code: '469001', level: 'city', name: '五指山市' }])).toBe(read);
    // 湖北's 仙桃市 429004 beside its cities alone.
    expect(datasetLevelWords([{ code: '420000', level: 'province', name: '湖北省' }, { code: '420100', level: 'city', name: '武汉市' }, { code: '429004', level: 'city', name: '仙桃市' }]).city).toBe('市县');
    // With 恩施州 (422800) too, as a whole 湖北 list has it: 市（州）, which 湖北's documents write beside 直管市
    // (各市（州）、直管市): 仙桃市 is a 市, so the word names it truly, as 地市 (a prefecture-level city) did not.
    const hubei = datasetLevelWords([
      { code: '420000', level: 'province', name: '湖北省' },
      { code: '420100', level: 'city', name: '武汉市' },
      { code: '422800', level: 'city', name: '恩施土家族苗族自治州' },
      { code: '429004', level: 'city', name: '仙桃市' },
    ]);
    expect([hubei.city, hubei.county, hubei.cityLevel]).toEqual(['市（州）', '县（市、区）', '市州级']);
    // A province without such units, and 广东's cities without counties (东莞市 441900): 地市.
    expect(datasetLevelWords(hainan)).toBe(CITY_COUNTY_WORDS);
    expect(datasetLevelWords([{ code: '440000', level: 'province', name: '广东省' }, { code: '441900', level: 'city', name: '东莞市' }])).toBe(CITY_COUNTY_WORDS);
    // Inner Mongolia and a municipality keep their own words.
    expect(datasetLevelWords([region('150000', 'province'), region('159001', 'city')])).toBe(LEAGUE_BANNER_WORDS);
  });

  it("takes a city's folder without its province by the first region's code", () => {
    expect(datasetLevelWords([region('150900', 'city'), region('150921', 'county')])).toBe(LEAGUE_BANNER_WORDS);
    expect(datasetLevelWords([region('430100', 'city'), region('430102', 'county')])).toBe(CITY_COUNTY_WORDS);
  });
});

// A sweep of 重庆 (sweep 30, D3): every pool was a 地市, 重庆市's own money 省级 and the groupings' 市级.
describe('a municipality (直辖市)', () => {
  const MUNICIPAL = { province: '市级', whole: '全市', cityLevel: '统筹区级', countyLevel: '区县级' };

  it('says 区县 for pools listed straight under it, as read (counties) and as loaded (cities); 市级 for its own level', () => {
    const read = [
      { code: '500000', level: 'province' as const, name: '重庆市' },
      { code: '500101', level: 'county' as const, name: '万州区' },
      { code: '500229', level: 'county' as const, name: '城口县' },
    ];
    const loaded = read.map((r) => (r.level === 'county' ? { ...r, level: 'city' as const } : r));
    expect(datasetLevelWords(read)).toEqual({ city: '区县', county: '区县', ...MUNICIPAL });
    expect(datasetLevelWords(loaded)).toBe(datasetLevelWords(read));
    // 北京, 天津, 上海 alike; a municipality of the province row alone too.
    for (const code of ['110000', '120000', '310000', '500000']) expect(datasetLevelWords([{ code, level: 'province' }])).toEqual({ city: '区县', county: '区县', ...MUNICIPAL });
    expect(levelWords('500000')).toBe(datasetLevelWords(read));
  });

  it('says 统筹区 for the pools its 市辖区 and 县 group, 区县 below them', () => {
    const grouped = [
      { code: '500000', level: 'province' as const, name: '重庆市' },
      { code: '500100', level: 'city' as const, name: '市辖区' },
      { code: '500101', level: 'county' as const, name: '万州区' },
      { code: '500200', level: 'city' as const, name: '县' },
      { code: '500229', level: 'county' as const, name: '城口县' },
    ];
    expect(datasetLevelWords(grouped)).toEqual({ city: '统筹区', county: '区县', ...MUNICIPAL });
    // 北京's 110100 with one district straight under 110000 beside it: the layouts mixed are grouped.
    const beijing = [
      { code: '110000', level: 'province' as const, name: '北京市' },
      { code: '110100', level: 'city' as const, name: '市辖区' },
      { code: '110101', level: 'county' as const, name: '东城区' },
      { code: '110228', level: 'city' as const, name: '密云区' },
    ];
    expect(datasetLevelWords(beijing)).toBe(datasetLevelWords(grouped));
    // A 州 or 地区 in a municipality's names changes nothing.
    expect(datasetLevelWords([...grouped, { code: '500300', level: 'city', name: '某州' }])).toBe(datasetLevelWords(grouped));
  });

  it('says who bears the rest of the subsidy with one word where the pools are the 区县', () => {
    expect(cityAndCounty(levelWords('500000'), '与')).toBe('区县');
    expect(cityAndCounty(datasetLevelWords([{ code: '500000', level: 'province' }, { code: '500100', level: 'city' }, { code: '500101', level: 'county' }]), '与')).toBe('统筹区与区县');
    expect(cityAndCounty(levelWords('430000'), '+')).toBe('地市+县区');
    expect(cityAndCounty(LEAGUE_BANNER_WORDS, '与')).toBe('盟市与旗县');
  });

  it("says a contract label's levels as 区县", () => {
    expect(inLevelWords('旗县/县区应缴应配', levelWords('500000'))).toBe('区县应缴应配');
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
