import { describe, expect, it } from 'vitest';
import { coverageTarget, DEFAULT_POLICY_FILE, parsePolicyFile, resolvePolicy } from '../../src/domain/policy/policy';
import type { Region } from '../../src/domain/types';
import { applyDrafts, percentTextToRatio, policyFields, policyJsonText, ratioToPercentText } from '../../src/app/view/policyForm';
import { LEAGUE_BANNER_WORDS, levelWords } from '../../src/domain/levelWords';

const cities: Region[] = [{ code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: 3 }];
const fields = policyFields(resolvePolicy(DEFAULT_POLICY_FILE, 2024), cities, LEAGUE_BANNER_WORDS);
const byPath = (path: string) => fields.find((f) => f.path === path);

describe('percent fields', () => {
  it('read a ratio as a percentage and take "99", "99%" and "99.5 %" back as ratios', () => {
    expect(ratioToPercentText('0.99')).toBe('99');
    expect(ratioToPercentText('0.995')).toBe('99.5');
    expect(ratioToPercentText('1')).toBe('100');
    expect(ratioToPercentText('')).toBe('');
    expect(percentTextToRatio('99')).toBe('0.99');
    expect(percentTextToRatio('99%')).toBe('0.99');
    expect(percentTextToRatio(' 99.5 % ')).toBe('0.995');
    expect(percentTextToRatio('99％')).toBe('0.99');
    expect(percentTextToRatio('0')).toBe('0');
    expect(percentTextToRatio('abc')).toBeNull();
    expect(percentTextToRatio('9 9')).toBeNull();
    expect(percentTextToRatio('')).toBeNull();
  });
});

describe('policy form', () => {
  it('shows the values in force for the year, city rules blank when they inherit', () => {
    // The target is one field: the red coverage band's upper bound.
    expect(fields.filter((f) => f.role === 'coverage-target')).toEqual([
      {
        path: 'thresholds.coverage.0.lt',
        group: '参保率与结余',
        label: '参保率目标（低于即红色预警）（%）',
        kind: 'percent',
        value: '99',
        fileValue: '0.99',
        role: 'coverage-target',
        placeholder: undefined,
      },
    ]);
    expect(fields.filter((f) => f.path === 'thresholds.coverage.0.lt')).toHaveLength(1);
    expect(byPath('coverage_target')).toBeUndefined();
    // The deadline rules are set under timeliness only.
    expect(fields.some((f) => f.path.startsWith('thresholds.transfer_late') || f.path.startsWith('thresholds.advance_ratio'))).toBe(false);
    expect(byPath('timeliness.pass_down_days')?.value).toBe('30');
    expect(byPath('financing.fiscal_subsidy_per_capita')?.value).toBe('670');
    expect(byPath('thresholds.coverage.1.gte')?.value).toBe('99');
    // Months stay months, days stay days.
    expect(byPath('thresholds.months_payable.0.lt')).toMatchObject({ kind: 'decimal', value: '3' });
    expect(byPath('months_payable_window_quarters')?.kind).toBe('integer');
    expect(byPath('sharing.cities.150900.city_ratio')).toMatchObject({ value: '', placeholder: '默认 50%' });
    expect(byPath('allocation.factor_weight')?.value).toBe('90');
  });

  it('writes edits into the year block; a band edit writes the whole band list; other years keep theirs', () => {
    const result = applyDrafts(DEFAULT_POLICY_FILE, 2024, fields, {
      // The target alone: the yellow band's lower bound, which met it, moves with it.
      // Percentages as people type them: with or without the sign.
      'thresholds.coverage.0.lt': '99.6',
      'thresholds.coverage.1.lt': '99.8%',
      'sharing.cities.150900.city_ratio': '60 %',
      'timeliness.pass_down_days': '20',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const p2024 = resolvePolicy(result.file, 2024);
    expect(coverageTarget(p2024).toString()).toBe('0.996');
    expect(p2024.thresholds.coverage).toEqual([
      { severity: 'red', lt: '0.996' },
      { severity: 'yellow', gte: '0.996', lt: '0.998' },
    ]);
    expect(p2024.sharing.cities['150900']).toEqual({ city_ratio: '0.6' });
    expect(p2024.timeliness.pass_down_days).toBe(20);
    // 2024 and what inherits from it change; 2023 does not.
    expect(coverageTarget(resolvePolicy(result.file, 2023)).toString()).toBe('0.99');
    expect(coverageTarget(resolvePolicy(result.file, 2025)).toString()).toBe('0.996');
    expect(resolvePolicy(result.file, 2024).thresholds.transfer_late).toEqual([{ severity: 'red', gt: '20' }]);
    // The input file is untouched, and the downloaded text is the file that validates.
    expect(coverageTarget(resolvePolicy(DEFAULT_POLICY_FILE, 2024)).toString()).toBe('0.99');
    expect(parsePolicyFile(JSON.parse(policyJsonText(result.file)))).toEqual(result.file);
  });

  it('refuses invalid values with the reason on the field and changes nothing', () => {
    const result = applyDrafts(DEFAULT_POLICY_FILE, 2024, fields, {
      'thresholds.coverage.0.lt': 'abc',
      'thresholds.coverage.1.lt': '98',
      'fiscal_split.central_share': '150',
      months_payable_window_quarters: '0',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const inLang = (lang: 'zh' | 'en') => Object.fromEntries(Object.entries(result.issues).map(([path, list]) => [path, list.map((l) => l[lang])]));
    expect(inLang('zh')).toEqual({
      // A percentage that is not a number (the page's banner names the field).
      'thresholds.coverage.0.lt': ['请输入百分数，如 99 或 99%'],
      // The band 0.99 ≤ x < 0.98 is empty: said at both of its bounds.
      'thresholds.coverage.1.gte': ['区间为空：没有值介于 99% 与 98% 之间'],
      'thresholds.coverage.1.lt': ['区间为空：没有值介于 99% 与 98% 之间'],
      // A percent field is refused in percentages (150 typed), not in the ratio it became (1.5).
      'fiscal_split.central_share': ['请输入 0 到 100 之间的百分数'],
      months_payable_window_quarters: ['0 须为不小于 1 的整数'],
    });
    // The same reasons in English: the validator's own words, without the path.
    expect(inLang('en')).toEqual({
      'thresholds.coverage.0.lt': ['Type a percentage, e.g. 99 or 99%'],
      'thresholds.coverage.1.gte': ['No value lies between 99% and 98%'],
      'thresholds.coverage.1.lt': ['No value lies between 99% and 98%'],
      'fiscal_split.central_share': ['Enter a percentage between 0 and 100'],
      months_payable_window_quarters: ['0 is not an integer ≥ 1'],
    });
    expect(result.general).toEqual([]);
  });

  it('gives a city without counties a line instead of the two sharing settings, which change nothing there; an edit elsewhere still applies', () => {
    const dongguan: Region = { code: '441900', name: '东莞市', level: 'city', parentCode: '440000', tier: 2 };
    const both = [...cities, dongguan];
    const shown = policyFields(resolvePolicy(DEFAULT_POLICY_FILE, 2024), both, LEAGUE_BANNER_WORDS, 'zh', new Set(['441900']));
    expect(shown.filter((f) => f.path.startsWith('sharing.cities.')).map((f) => `${f.path} ${f.kind}`)).toEqual([
      'sharing.cities.150900.city_ratio percent',
      'sharing.cities.150900.county_basis basis',
      'sharing.cities.441900 note',
    ]);
    expect(shown.find((f) => f.kind === 'note')).toMatchObject({ label: '东莞市', value: '无下辖旗县：缺口在结余弥补后全部由本级承担，无需分担设置' });
    expect(policyFields(resolvePolicy(DEFAULT_POLICY_FILE, 2024), both, LEAGUE_BANNER_WORDS, 'en', new Set(['441900'])).find((f) => f.kind === 'note')?.value).toBe(
      'No counties: what the balance does not cover is borne by the city itself; nothing to set',
    );
    const result = applyDrafts(DEFAULT_POLICY_FILE, 2024, shown, { 'sharing.cities.150900.city_ratio': '40' });
    expect(result.ok && resolvePolicy(result.file, 2024).sharing.cities['150900']?.city_ratio).toBe('0.4');
    expect(result.ok && resolvePolicy(result.file, 2024).sharing.cities['441900']).toBeUndefined();
  });

  it('says each band bound in the unit it is compared in: money in 元, months, and a share of the money received as a percentage', () => {
    // Reconciliation is judged on |booked − received| / received (DOMAIN.md 资金到账核对): 0.05 is 5%, typed and read as 5.
    expect(byPath('thresholds.reconciliation.0.lte')).toMatchObject({ label: '资金到账核对 · 黄色 · 值 ≤（%）', value: '5', kind: 'percent', fileValue: '0.05' });
    expect(byPath('thresholds.reconciliation.1.gt')).toMatchObject({ label: '资金到账核对 · 红色 · 值 >（%）', value: '5', kind: 'percent' });
    expect(byPath('thresholds.current_deficit.0.lt')).toMatchObject({ label: '当期结余 · 红色 · 值 <（元）', value: '0', kind: 'decimal' });
    expect(byPath('thresholds.transfer_not_received.0.gt')?.label).toMatch(/（元）$/);
    expect(byPath('thresholds.months_payable.0.lt')).toMatchObject({ label: '累计结余可支付月数 · 红色 · 值 <（个月）', value: '3' });
    const en = policyFields(resolvePolicy(DEFAULT_POLICY_FILE, 2024), cities, LEAGUE_BANNER_WORDS, 'en');
    const enLabel = (path: string) => en.find((f) => f.path === path)?.label;
    expect(enLabel('thresholds.reconciliation.1.gt')).toBe('Reconciliation of higher-level funds · Red · value > (%)');
    expect(enLabel('thresholds.current_deficit.0.lt')).toBe('Current balance · Red · value < (yuan)');
    expect(enLabel('thresholds.months_payable.0.lt')).toBe('Months payable · Red · value < (months)');
    // A difference of two rates is typed as the points its alert reads (10 = 10 个百分点), still a ratio in the file.
    expect(byPath('thresholds.growth_gap.0.gt')).toMatchObject({ label: '支出收入增速差 · 黄色 · 值 >（个百分点）', kind: 'percent' });
    expect(enLabel('thresholds.growth_gap.0.gt')).toBe('Growth gap · Yellow · value > (percentage points)');
    // Every band bound says its unit.
    expect(fields.filter((f) => f.path.startsWith('thresholds.') && f.role !== 'coverage-target' && !/（(%|元|个月|天|个百分点)）$/.test(f.label)).map((f) => f.label)).toEqual([]);
  });

  it('takes a reconciliation bound typed as a percentage back into the file as a share (5 → 0.05, 3% → 0.03)', () => {
    const result = applyDrafts(DEFAULT_POLICY_FILE, 2024, fields, { 'thresholds.reconciliation.0.lte': '3%', 'thresholds.reconciliation.1.gt': '3' });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(resolvePolicy(result.file, 2024).thresholds.reconciliation).toEqual([
      { severity: 'yellow', gt: '0', lte: '0.03' },
      { severity: 'red', gt: '0.03' },
    ]);
  });

  it('labels every field and group in English, paths and values as in Chinese', () => {
    const en = policyFields(resolvePolicy(DEFAULT_POLICY_FILE, 2024), cities, LEAGUE_BANNER_WORDS, 'en');
    expect(en.map((f) => [f.path, f.kind, f.value])).toEqual(fields.map((f) => [f.path, f.kind, f.value]));
    const words = en.flatMap((f) => [f.group, f.label.split('乌兰察布市').join(''), f.placeholder ?? '']).join('|');
    expect(words).not.toMatch(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/);
    const enByPath = (path: string) => en.find((f) => f.path === path);
    expect(enByPath('thresholds.coverage.0.lt')).toMatchObject({ group: 'Enrollment and balances', label: 'Enrollment rate target (below it: red) (%)' });
    expect(enByPath('thresholds.coverage.1.gte')?.label).toBe('Recipient enrollment rate · Yellow · value ≥ (%)');
    expect(enByPath('sharing.cities.150900.city_ratio')).toMatchObject({ label: '乌兰察布市 · city share (%)', placeholder: 'default 50%' });
    expect(enByPath('allocation.factor_weight')).toMatchObject({ group: 'Factor allocation weights', label: 'Factor weight (%)' });
    expect(enByPath('categories.dibao.subsidy_ratio')?.label).toBe('Minimum-living-allowance recipients: subsidy ratio (%)');
    // Chinese unchanged.
    expect(byPath('thresholds.coverage.1.gte')?.label).toBe('救助对象参保率 · 黄色 · 值 ≥（%）');
    expect(byPath('categories.dibao.subsidy_ratio')?.label).toBe('低保对象 资助比例（%）');
  });

  it('refuses overlapping bands at the band that overlaps, in Chinese and English', () => {
    // Both sides edited (one alone moves its neighbour with it): red < 3.5, orange from 2.5.
    const result = applyDrafts(DEFAULT_POLICY_FILE, 2024, fields, { 'thresholds.months_payable.1.gte': '2.5', 'thresholds.months_payable.0.lt': '3.5' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues['thresholds.months_payable.1.gte']).toEqual([
      {
        zh: '与 thresholds.months_payable[0] 重叠：2.5 到 3.5 之间的值同属两档（档位不得重叠）',
        en: 'Overlaps thresholds.months_payable[0]: values from 2.5 to 3.5 would be in both bands (bands must not overlap)',
      },
    ]);
  });

  it("moves a band's neighbour with it: the target edited alone moves the yellow band's start", () => {
    const result = applyDrafts(DEFAULT_POLICY_FILE, 2024, fields, { 'thresholds.coverage.0.lt': '98' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(resolvePolicy(result.file, 2024).thresholds.coverage).toEqual([
      { severity: 'red', lt: '0.98' },
      { severity: 'yellow', gte: '0.98', lt: '0.995' },
    ]);
  });

  it('refuses a target of 150 (%) once, at the target, in percent: not at the yellow bound it moved, which still shows 99', () => {
    const en = policyFields(resolvePolicy(DEFAULT_POLICY_FILE, 2024), cities, LEAGUE_BANNER_WORDS, 'en');
    const result = applyDrafts(DEFAULT_POLICY_FILE, 2024, en, { 'thresholds.coverage.0.lt': '150' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual({ 'thresholds.coverage.0.lt': [{ zh: '请输入 0 到 100 之间的百分数', en: 'Enter a percentage between 0 and 100' }] });
    // A negative percentage too, and in a field with no neighbour.
    const negative = applyDrafts(DEFAULT_POLICY_FILE, 2024, en, { 'timeliness.advance_ratio_min': '-5' });
    expect(negative.ok ? {} : negative.issues).toEqual({ 'timeliness.advance_ratio_min': [expect.objectContaining({ en: expect.stringMatching(/percentage/) })] });
    expect(JSON.stringify(negative)).not.toContain('-0.05');
  });

  it('refuses a gap between bands at the band after it, in Chinese and English', () => {
    const result = applyDrafts(DEFAULT_POLICY_FILE, 2024, fields, { 'thresholds.coverage.0.lt': '98', 'thresholds.coverage.1.gte': '98.5' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const expected = {
      zh: '与 thresholds.coverage[0] 之间有空档：98% 到 98.5% 之间的值不属于任何档（相邻档位须首尾相接，只有一段正常区间可以不属于任何档）',
      en: 'Leaves a gap after thresholds.coverage[0]: values from 98% to 98.5% would be in no band (neighbouring bands must meet; only one range, the normal one, may lie outside every band)',
    };
    expect(result.issues['thresholds.coverage.1.gte']).toEqual([expected]);
    expect(result.issues['thresholds.coverage.1.lt']).toEqual([expected]);
  });

  it('edits the stress scenarios: a preset as a percentage, and refuses a preset outside its range at its field', () => {
    expect(byPath('stress.presets.1.expenditure')).toMatchObject({ label: '支出增长10% · 支出变动（%）', value: '10', kind: 'percent' });
    expect(byPath('stress.ranges.delay.max')).toMatchObject({ kind: 'integer', value: '3' });
    const ok = applyDrafts(DEFAULT_POLICY_FILE, 2024, fields, { 'stress.presets.1.expenditure': '20' });
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(resolvePolicy(ok.file, 2024).stress.presets[1]).toMatchObject({ name: '支出增长10%', expenditure: '0.2' });
    expect(resolvePolicy(ok.file, 2024).stress.presets).toHaveLength(4);
    const refused = applyDrafts(DEFAULT_POLICY_FILE, 2024, fields, { 'stress.presets.1.expenditure': '150' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.issues['stress.presets.1.expenditure']?.[0]?.zh).toBe('"1.5" 超出允许范围 -1 到 1');
  });
});

describe('the words of the province', () => {
  it("labels another province's fields with its words (湖南省: 地市, 县区, 省级, 全省), the sample's with Inner Mongolia's", () => {
    const changsha: Region = { code: '430100', name: '长沙市', level: 'city', parentCode: '430000', tier: 2 };
    const hunan = policyFields(resolvePolicy(DEFAULT_POLICY_FILE, 2024), [changsha], levelWords('430000'));
    const label = (shown: typeof hunan, path: string) => shown.find((f) => f.path === path)?.label;
    expect(label(hunan, 'sharing.default.city_ratio')).toBe('全省默认：地市分担比例（%）');
    expect(label(hunan, 'sharing.default.county_basis')).toBe('全省默认：县区分担依据');
    expect(label(hunan, 'fiscal_split.province_share_of_rest_by_tier.1')).toBe('其余部分省级承担比例 · 一类地区（%）');
    expect(label(hunan, 'sharing.cities.430100.city_ratio')).toBe('长沙市 · 地市分担比例（%）');
    expect(label(hunan, 'sharing.cities.430100.county_basis')).toBe('长沙市 · 县区分担依据');
    expect(hunan.map((f) => `${f.group} ${f.label}`).join('|')).not.toMatch(/盟市|旗县|自治区|全区/);
    expect(label(fields, 'sharing.default.city_ratio')).toBe('全区默认：盟市分担比例（%）');
    expect(label(fields, 'fiscal_split.province_share_of_rest_by_tier.1')).toBe('其余部分自治区承担比例 · 一类地区（%）');
  });
});
