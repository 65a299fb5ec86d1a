import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE, parsePolicyFile, resolvePolicy } from '../../src/domain/policy';
import type { Region } from '../../src/domain/types';
import { applyDrafts, policyFields, policyJsonText, reasonText } from '../../src/app/view/policyForm';

const cities: Region[] = [{ code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: 3 }];
const fields = policyFields(resolvePolicy(DEFAULT_POLICY_FILE, 2024), cities);
const byPath = (path: string) => fields.find((f) => f.path === path);

describe('policy form', () => {
  it('shows the values in force for the year, city rules blank when they inherit', () => {
    expect(byPath('coverage_target')?.value).toBe('0.99');
    expect(byPath('financing.fiscal_subsidy_per_capita')?.value).toBe('670');
    expect(byPath('thresholds.coverage.0.lt')?.value).toBe('0.99');
    expect(byPath('thresholds.coverage.1.gte')?.value).toBe('0.99');
    expect(byPath('months_payable_window_quarters')?.kind).toBe('integer');
    expect(byPath('sharing.cities.150900.city_ratio')).toMatchObject({ value: '', placeholder: '默认 0.5' });
    expect(byPath('allocation.factor_weight')?.value).toBe('0.9');
  });

  it('writes edits into the year block; a band edit writes the whole band list; other years keep theirs', () => {
    const result = applyDrafts(DEFAULT_POLICY_FILE, 2024, fields, {
      coverage_target: '0.996',
      'thresholds.coverage.0.lt': '0.996',
      'thresholds.coverage.1.gte': '0.996',
      'thresholds.coverage.1.lt': '0.998',
      'sharing.cities.150900.city_ratio': '0.6',
      'timeliness.pass_down_days': '20',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const p2024 = resolvePolicy(result.file, 2024);
    expect(p2024.coverage_target).toBe('0.996');
    expect(p2024.thresholds.coverage).toEqual([
      { severity: 'red', lt: '0.996' },
      { severity: 'yellow', gte: '0.996', lt: '0.998' },
    ]);
    expect(p2024.sharing.cities['150900']).toEqual({ city_ratio: '0.6' });
    expect(p2024.timeliness.pass_down_days).toBe(20);
    // 2024 and what inherits from it change; 2023 does not.
    expect(resolvePolicy(result.file, 2023).coverage_target).toBe('0.99');
    expect(resolvePolicy(result.file, 2025).coverage_target).toBe('0.996');
    // The input file is untouched, and the downloaded text is the file that validates.
    expect(resolvePolicy(DEFAULT_POLICY_FILE, 2024).coverage_target).toBe('0.99');
    expect(parsePolicyFile(JSON.parse(policyJsonText(result.file)))).toEqual(result.file);
  });

  it('refuses invalid values with the reason on the field and changes nothing', () => {
    const result = applyDrafts(DEFAULT_POLICY_FILE, 2024, fields, {
      coverage_target: 'abc',
      'thresholds.coverage.1.lt': '0.98',
      'fiscal_split.central_share': '1.5',
      months_payable_window_quarters: '0',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual({
      coverage_target: ['"abc" 不是数字（请写成如 0.99 的小数）'],
      // The band 0.99 ≤ x < 0.98 is empty: said at both of its bounds.
      'thresholds.coverage.1.gte': ['区间为空：没有值介于 0.99 与 0.98 之间'],
      'thresholds.coverage.1.lt': ['区间为空：没有值介于 0.99 与 0.98 之间'],
      'fiscal_split.central_share': ['"1.5" 是比例，须在 0 到 1 之间'],
      months_payable_window_quarters: ['0 须为不小于 1 的整数'],
    });
    expect(result.general).toEqual([]);
  });

  it('translates what it knows and keeps the rest', () => {
    expect(reasonText('years[0].x: "q" is not a decimal number')).toBe('"q" 不是数字（请写成如 0.99 的小数）');
    expect(reasonText('years[0].allocation: something new')).toBe('something new');
  });
});
