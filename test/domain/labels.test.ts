import { describe, expect, it } from 'vitest';
import {
  CATEGORY_LABEL,
  EXPENDITURE_ITEM_LABEL,
  FUND_LABEL,
  INCOME_ITEM_LABEL,
  ITEM_LABEL,
  levelName,
  RULE_LABEL,
  SEVERITY_LABEL,
  SOURCE_LEVEL_LABEL,
} from '../../src/domain/labels';
import { CITY_COUNTY_WORDS, datasetLevelWords, LEAGUE_BANNER_WORDS, levelWords } from '../../src/domain/levelWords';
import { RULE_IDS } from '../../src/domain/policy/rules';
import { CATEGORIES, EXPENDITURE_ITEMS, FUNDS, INCOME_ITEMS, SEVERITIES, SOURCE_LEVELS } from '../../src/domain/types';

describe('labels', () => {
  it('name every code in both languages', () => {
    const tables: [Record<string, { zh: string; en: string }>, readonly string[]][] = [
      [FUND_LABEL, FUNDS],
      [CATEGORY_LABEL, CATEGORIES],
      [SOURCE_LEVEL_LABEL, SOURCE_LEVELS],
      [INCOME_ITEM_LABEL, INCOME_ITEMS],
      [EXPENDITURE_ITEM_LABEL, EXPENDITURE_ITEMS],
      [ITEM_LABEL, [...INCOME_ITEMS, ...EXPENDITURE_ITEMS]],
      [SEVERITY_LABEL, SEVERITIES],
      [RULE_LABEL, RULE_IDS],
    ];
    for (const [table, codes] of tables) {
      expect(Object.keys(table).sort()).toEqual([...new Set(codes)].sort());
      for (const code of codes) {
        expect(table[code]?.zh.length, code).toBeGreaterThan(0);
        expect(table[code]?.en.length, code).toBeGreaterThan(0);
      }
    }
  });

  it('uses the policy documents’ names', () => {
    expect(FUND_LABEL.assistance.zh).toBe('城乡医疗救助基金');
    expect(FUND_LABEL.resident.zh).toBe('城乡居民医保基金');
    expect(CATEGORIES.map((c) => CATEGORY_LABEL[c].zh)).toEqual([
      '特困人员',
      '孤儿',
      '事实无人抚养儿童',
      '低保对象',
      '返贫致贫人口',
      '低保边缘家庭成员',
      '防止返贫监测帮扶对象',
    ]);
    expect(SOURCE_LEVELS.map((s) => SOURCE_LEVEL_LABEL[s].zh)).toEqual(['中央', '省级', '市级', '县级', '个人缴费', '其他']);
    expect(SEVERITIES.map((s) => SEVERITY_LABEL[s].zh)).toEqual(['红色', '橙色', '黄色', '蓝色']);
  });
});

// An English walk: "Members of near-dibao households" beside "Minimum-living-allowance recipients" (one word, 低保,
// said in pinyin and in English) and "Persons fallen (back) into poverty".
describe('English category names', () => {
  it('say 低保 in English, never in pinyin, and read as English', () => {
    const english = Object.values(CATEGORY_LABEL).map((l) => l.en);
    expect(english.filter((e) => /dibao|tekun|fanpin|wubao/i.test(e))).toEqual([]);
    expect(CATEGORY_LABEL.dibao_edge.en).toBe('Members of households near the minimum living allowance');
    expect(CATEGORY_LABEL.fanpin.en).toBe('Persons who fell or fell back into poverty');
  });
});

// The sample's 对账 page said 来源级次 省级 under a lead that reads 中央、自治区, and the overview's header
// called 内蒙古自治区 省级: a level is said in the dataset's province's words wherever it is shown.
describe('levelName', () => {
  it('says the levels money comes from in the province’s words, English the same everywhere', () => {
    const said = (words: typeof CITY_COUNTY_WORDS, lang: 'zh' | 'en') => SOURCE_LEVELS.map((l) => levelName(l, lang, words));
    expect(said(LEAGUE_BANNER_WORDS, 'zh')).toEqual(['中央', '自治区', '盟市级', '旗县级', '个人缴费', '其他']);
    expect(said(CITY_COUNTY_WORDS, 'zh')).toEqual(['中央', '省级', '市级', '县级', '个人缴费', '其他']);
    expect(said(levelWords('650000'), 'zh').slice(0, 4)).toEqual(['中央', '自治区', '市级', '县级']);
    const xinjiang = datasetLevelWords([
      { code: '650000', level: 'province', name: '新疆维吾尔自治区' },
      { code: '652900', level: 'city', name: '阿克苏地区' },
      { code: '652300', level: 'city', name: '昌吉回族自治州' },
    ]);
    expect(said(xinjiang, 'zh').slice(1, 4)).toEqual(['自治区', '地州市级', '县级']);
    const hubei = datasetLevelWords([
      { code: '420000', level: 'province', name: '湖北省' },
      { code: '422800', level: 'city', name: '恩施土家族苗族自治州' },
    ]);
    expect(said(hubei, 'zh').slice(1, 4)).toEqual(['省级', '市州级', '县级']);
    for (const words of [LEAGUE_BANNER_WORDS, CITY_COUNTY_WORDS, xinjiang]) {
      expect(said(words, 'en')).toEqual(['Central', 'Province', 'City', 'County', 'Individuals', 'Other']);
    }
  });
});
