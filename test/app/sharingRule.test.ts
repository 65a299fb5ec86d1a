// The sharing page's rule line (stop-44 sweep, 广东): a pool without counties
// (东莞市 441900, 中山市 442000) read "其余由地市本级承担 50%，县区部分按本年累计支出
// 在各县区间分摊" — a split among counties it does not have. It bears the rest
// itself, and says so, in both languages; a pool with counties (韶关市) keeps its rule.
import { describe, expect, it } from 'vitest';
import { datasetLevelWords } from '../../src/domain/levelWords';
import { sharingRuleText, sharingStepNames } from '../../src/app/view/sharingRule';
import type { Region } from '../../src/domain/types';

const GUANGDONG: Region[] = [
  { code: '440000', name: '广东省', level: 'province', parentCode: null, tier: null },
  { code: '440200', name: '韶关市', level: 'city', parentCode: '440000', tier: 2 },
  { code: '440203', name: '武江区', level: 'county', parentCode: '440200', tier: 2 },
  { code: '441900', name: '东莞市', level: 'city', parentCode: '440000', tier: 1 },
];
const words = datasetLevelWords(GUANGDONG);
const line = (t: { before: string; ratio: string | null; after: string }): string => `${t.before}${t.ratio ?? ''}${t.after}`;

describe('the sharing rule line', () => {
  it('a pool with counties: the city ratio and the county split', () => {
    const zh = sharingRuleText({ city_ratio: '0.5' }, '按本年累计支出', false, true, words, 'zh');
    expect(zh.ratio).toBe('50%');
    expect(line(zh)).toBe('分担规则（全省默认）：剩余缺口先由累计结余弥补，县区自身原因造成的缺口由该县区全额承担，其余由地市本级承担 50%，县区部分按本年累计支出在各县区间分摊（最大余数法取整到分）。');
    expect(line(sharingRuleText({ city_ratio: '0.3' }, 'by expenditure', true, true, words, 'en'))).toContain('of the rest the city bears 30%, and the counties\' part is split among the counties by expenditure');
  });

  it('a pool without counties: it bears the rest itself, no ratio, no county split', () => {
    const zh = sharingRuleText({ city_ratio: '0.5' }, '按本年累计支出', false, false, words, 'zh');
    expect(zh.ratio).toBeNull();
    expect(line(zh)).toBe('分担规则（全省默认）：剩余缺口先由累计结余弥补，本级应缴未缴部分由本级补足，其余全部由本级承担：无下辖县区，不与县区分担（地市本级承担比例不适用）。');
    expect(line(zh)).not.toContain('间分摊');
    const en = line(sharingRuleText({ city_ratio: '0.5' }, 'by expenditure', true, false, words, 'en'));
    expect(en).toBe('Sharing rule (set by this city): the remaining gap is first covered by the accumulated balance; its own shortfall (due but unpaid) it makes up itself, and it bears all the rest itself: it has no counties to share with (the city ratio does not apply).');
    expect(en).not.toMatch(/split among the counties|50%/);
  });

  it("the steps of a pool without counties are its own, as the report's are (no 地市本级 beside counties it has none of)", () => {
    expect(sharingStepNames(words, 'zh', true)).toEqual({ gap: '缺口', balance: '累计结余弥补', county_self: '县区自身原因缺口（全额自补）', city: '地市本级承担', county: '县区分担' });
    expect(sharingStepNames(words, 'zh', false)).toEqual({ gap: '缺口', balance: '累计结余弥补', county_self: '本级应缴未缴', city: '本级承担', county: '无下辖县区' });
    expect(sharingStepNames(words, 'en', false)).toEqual({ gap: 'Gap', balance: 'Accumulated balance', county_self: 'Own shortfall', city: 'Borne by itself', county: 'No counties' });
  });
});
