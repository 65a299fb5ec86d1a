import { describe, expect, it } from 'vitest';
import { errorMessage, FundWatchError } from '../../../src/domain/messages/error';
import { coverageTarget, DEFAULT_POLICY_FILE, parsePolicyFile, resolvePolicy, sharingRuleFor } from '../../../src/domain/policy/policy';
import { policyIssueText, type PolicyIssue } from '../../../src/domain/policy/issues';
import type { PolicyFile } from '../../../src/domain/policy/types';

/** A mutable deep copy of the default file, as a user would edit it. */
function edited(edit: (f: Record<string, unknown> & { years: Record<string, unknown>[] }) => void): unknown {
  const copy = structuredClone(DEFAULT_POLICY_FILE) as unknown as Record<string, unknown> & { years: Record<string, unknown>[] };
  edit(copy);
  return copy;
}

function issuesOf(json: unknown): string[] {
  try {
    parsePolicyFile(json);
  } catch (e) {
    if (e instanceof FundWatchError) return (e.messages as PolicyIssue[]).map((i) => policyIssueText(i, 'en'));
    throw e;
  }
  return [];
}

describe('resolvePolicy', () => {
  it('2024 inherits the 2021 thresholds and sets its own financing 670/400', () => {
    const p = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
    expect(p.year).toBe(2024);
    expect(p.financing).toEqual({ fiscal_subsidy_per_capita: '670', individual_contribution: '400' });
    expect(p.thresholds.coverage).toEqual([
      { severity: 'red', lt: '0.99' },
      { severity: 'yellow', gte: '0.99', lt: '0.995' },
    ]);
    expect(coverageTarget(p).toString()).toBe('0.99');
    expect(p.months_payable_window_quarters).toBe(4);
    expect(p.fiscal_split.province_share_of_rest_by_tier['2']).toBe('0.5');
  });

  it('a year before the first block takes the first block; a later year the last', () => {
    expect(resolvePolicy(DEFAULT_POLICY_FILE, 2019).financing.fiscal_subsidy_per_capita).toBe('580');
    expect(resolvePolicy(DEFAULT_POLICY_FILE, 2022).financing.individual_contribution).toBe('360');
    expect(resolvePolicy(DEFAULT_POLICY_FILE, 2030).financing.fiscal_subsidy_per_capita).toBe('700');
  });

  it('objects merge key by key, band lists replace whole', () => {
    const file = parsePolicyFile(
      edited((f) => {
        f.years.push({
          year: 2026,
          thresholds: { coverage: [{ severity: 'red', lt: '0.98' }] },
          categories: { dibao: { subsidy_ratio: '0.5' } },
        });
      }),
    );
    const p = resolvePolicy(file, 2026);
    expect(p.thresholds.coverage).toEqual([{ severity: 'red', lt: '0.98' }]);
    expect(p.thresholds.current_deficit).toEqual([{ severity: 'red', lt: '0' }]);
    expect(p.categories.dibao.subsidy_ratio).toBe('0.5');
    expect(p.categories.tekun.subsidy_ratio).toBe('1');
    expect(p.financing.fiscal_subsidy_per_capita).toBe('700'); // from 2025
    // The earlier year is untouched.
    expect(resolvePolicy(file, 2025).thresholds.coverage).toHaveLength(2);
  });

  it('throws when the merged policy lacks a required field', () => {
    const broken = structuredClone(DEFAULT_POLICY_FILE) as PolicyFile;
    const first = broken.years[0];
    if (first?.thresholds) delete first.thresholds.months_payable;
    expect(() => resolvePolicy(broken, 2024)).toThrow(FundWatchError);
    const refusal = (() => {
      try {
        resolvePolicy(broken, 2024);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(errorMessage(refusal, 'en').split('\n')).toContain('policy for 2024: thresholds.months_payable: missing');
    // A developer's log reads Error.message: the same refusal in Chinese.
    expect((refusal as Error).message.split('\n')).toContain('2024 年政策：thresholds.months_payable: 缺少此项');
  });

  it('a city overrides the default sharing rule key by key', () => {
    const file = parsePolicyFile(
      edited((f) => {
        f.years.push({ year: 2026, sharing: { cities: { '150900': { city_ratio: '0.3' } } } });
      }),
    );
    const p = resolvePolicy(file, 2026);
    expect(sharingRuleFor(p, '150900')).toEqual({ city_ratio: '0.3', county_basis: 'expenditure' });
    expect(sharingRuleFor(p, '150200')).toEqual({ city_ratio: '0.5', county_basis: 'expenditure' });
  });
});

describe('parsePolicyFile', () => {
  it('accepts the default file', () => {
    expect(parsePolicyFile(structuredClone(DEFAULT_POLICY_FILE)).years).toHaveLength(5);
  });

  it('names the path of a bad decimal', () => {
    const json = edited((f) => {
      f.years[2] = { year: 2023, thresholds: { coverage: [{ severity: 'red', lt: 'abc' }] } };
    });
    expect(issuesOf(json)).toEqual(['years[2].thresholds.coverage[0].lt: "abc" is not a decimal number']);
    expect(() => parsePolicyFile(json)).toThrow(FundWatchError);
  });

  it('checks ratios, severities, bounds, years and completeness', () => {
    const json = edited((f) => {
      const first = f.years[0] as { coverage_target: unknown; thresholds: Record<string, unknown> };
      first.coverage_target = '1.5';
      first.thresholds.months_payable = [{ severity: 'purple', lt: '3' }, { severity: 'red' }, { severity: 'red', gte: '6', lt: '3' }];
      delete first.thresholds.growth_gap;
      f.years[1] = { year: 2021, timeliness: { pass_down_days: 30.5 } };
      f.years[3] = { year: 2024, fiscal_split: { central_share: 0.8 }, colour: 'red' };
    });
    expect(issuesOf(json)).toEqual([
      'years[0].thresholds.months_payable[0].severity: "purple" is not one of red, orange, yellow, blue',
      'years[0].thresholds.months_payable[1]: a band needs at least one bound (gt, gte, lt or lte)',
      'years[0].thresholds.months_payable[2]: no value lies between 6 and 3',
      'years[0].thresholds.growth_gap: missing',
      // fundwatch-policy/2 has no coverage_target: the target is the red coverage band's upper bound.
      'years[0].coverage_target: is not part of fundwatch-policy/2: the enrollment target is the upper bound of the red band in thresholds.coverage; set it there',
      'years[1].year: 2021 does not come after 2021 (years must be ascending and unique)',
      'years[1].timeliness.pass_down_days: 30.5 is not an integer ≥ 0',
      'years[3].fiscal_split.central_share: 0.8 must be written as a decimal string, e.g. "0.8"',
      'years[3].colour: unknown key',
    ]);
  });

  it('checks the header', () => {
    expect(issuesOf({ schema: 'x', province_code: 150000, years: [] })).toEqual([
      'schema: "x" is not "fundwatch-policy/2" (or the older "fundwatch-policy/1")',
      'province_code: 150000 is not a six-digit region code',
      'years: expected a non-empty list of year blocks',
    ]);
    expect(issuesOf(edited((f) => (f.sharing_note = 1)))).toEqual(['sharing_note: unknown key']);
  });

  it('rejects a city override with a bad code or value', () => {
    const json = edited((f) => {
      f.years[4] = { year: 2025, sharing: { cities: { '1509': { city_ratio: '0.3' }, '150900': { county_basis: 'area' } } } };
    });
    expect(issuesOf(json)).toEqual([
      'years[4].sharing.cities.1509: key "1509" is not a six-digit city code',
      'years[4].sharing.cities.150900.county_basis: "area" is not one of expenditure, insured',
    ]);
  });
});
