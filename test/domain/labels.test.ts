import { describe, expect, it } from 'vitest';
import {
  CATEGORY_LABEL,
  EXPENDITURE_ITEM_LABEL,
  FUND_LABEL,
  INCOME_ITEM_LABEL,
  ITEM_LABEL,
  LEVEL_LABEL,
  RULE_LABEL,
  SEVERITY_LABEL,
  SOURCE_LEVEL_LABEL,
} from '../../src/domain/labels';
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
      [LEVEL_LABEL, ['province', 'city', 'county']],
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
