// fundwatch-policy/2: one setting per rule, bands that meet, and the older
// /1 files (data/sample/policy.json is one) still read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAnalysis, toAnalysisJson } from '../../../src/domain/analysis';
import { transferLateAlerts } from '../../../src/domain/alerts';
import type { Transfer } from '../../../src/domain/inputTypes';
import { Dec } from '../../../src/domain/money';
import { FundWatchError } from '../../../src/domain/messages/error';
import { DEFAULT_POLICY_FILE, parsePolicyFile, resolvePolicy } from '../../../src/domain/policy/policy';
import { policyIssueText, type PolicyIssue } from '../../../src/domain/policy/issues';
import type { PolicyFile } from '../../../src/domain/policy/types';
import { zh } from '../alerts/say';

type Json = Record<string, unknown> & { years: Record<string, unknown>[] };

function refusal(json: unknown): { zh: string[]; en: string[] } {
  try {
    parsePolicyFile(json);
  } catch (e) {
    if (!(e instanceof FundWatchError)) throw e;
    const issues = e.messages as PolicyIssue[];
    return { zh: issues.map((i) => policyIssueText(i, 'zh')), en: issues.map((i) => policyIssueText(i, 'en')) };
  }
  throw new Error('the file was accepted');
}

/** The default file with the first block's band list of `rule` replaced. */
function withBands(rule: string, bands: unknown): Json {
  const copy = structuredClone(DEFAULT_POLICY_FILE) as unknown as Json;
  (copy.years[0]?.thresholds as Record<string, unknown>)[rule] = bands;
  return copy;
}

/** The sample's own policy.json: the older format, with coverage_target and the deadline bands. */
function sampleLegacy(): Json {
  return JSON.parse(readFileSync('data/sample/policy.json', 'utf8')) as Json;
}

describe('bands of a rule', () => {
  it('refuses overlapping bands, naming the rule and the band, in Chinese and English', () => {
    const json = withBands('months_payable', [
      { severity: 'red', lt: '3' },
      { severity: 'orange', gte: '2', lt: '6' },
      { severity: 'blue', gte: '9', lte: '15' },
      { severity: 'yellow', gt: '15' },
    ]);
    expect(refusal(json)).toEqual({
      en: ['years[0].thresholds.months_payable[1]: overlaps thresholds.months_payable[0]: values from 2 to 3 would be in both bands (bands must not overlap)'],
      zh: ['years[0].thresholds.months_payable[1]: 与 thresholds.months_payable[0] 重叠：2 到 3 之间的值同属两档（档位不得重叠）'],
    });
    // A bound both bands include is an overlap too.
    const point = withBands('balance_rate', [
      { severity: 'red', lte: '0' },
      { severity: 'yellow', gte: '0', lt: '0.05' },
    ]);
    expect(refusal(point).en).toEqual([
      'years[0].thresholds.balance_rate[1]: overlaps thresholds.balance_rate[0]: the value 0 would be in both bands (bands must not overlap)',
    ]);
  });

  it('refuses gapped bands, naming the rule and the band, in Chinese and English', () => {
    const json = withBands('coverage', [
      { severity: 'red', lt: '0.98' },
      { severity: 'yellow', gte: '0.985', lt: '0.995' },
    ]);
    expect(refusal(json)).toEqual({
      en: [
        'years[0].thresholds.coverage[1]: leaves a gap after thresholds.coverage[0]: values from 0.98 to 0.985 would be in no band ' +
          '(neighbouring bands must meet; only one range, the normal one, may lie outside every band)',
      ],
      zh: [
        'years[0].thresholds.coverage[1]: 与 thresholds.coverage[0] 之间有空档：0.98 到 0.985 之间的值不属于任何档（相邻档位须首尾相接，只有一段正常区间可以不属于任何档）',
      ],
    });
    // A bound neither band includes is a gap of one value.
    const point = withBands('balance_rate', [
      { severity: 'red', lt: '0' },
      { severity: 'yellow', gt: '0', lt: '0.05' },
    ]);
    expect(refusal(point).en).toEqual([
      'years[0].thresholds.balance_rate[1]: leaves a gap after thresholds.balance_rate[0]: the value 0 would be in no band ' +
        '(neighbouring bands must meet; only one range, the normal one, may lie outside every band)',
    ]);
  });

  it('allows one normal range between bands (months payable 6–9), not two', () => {
    expect(() => parsePolicyFile(structuredClone(DEFAULT_POLICY_FILE))).not.toThrow();
    const json = withBands('months_payable', [
      { severity: 'red', lt: '3' },
      { severity: 'orange', gte: '4', lt: '6' },
      { severity: 'blue', gte: '9', lte: '15' },
      { severity: 'yellow', gt: '15' },
    ]);
    expect(refusal(json).en.map((m) => m.slice(0, m.indexOf(' would')))).toEqual([
      'years[0].thresholds.months_payable[1]: leaves a gap after thresholds.months_payable[0]: values from 3 to 4',
      'years[0].thresholds.months_payable[2]: leaves a gap after thresholds.months_payable[1]: values from 6 to 9',
    ]);
  });

  it('refuses bands listed out of order', () => {
    const json = withBands('balance_rate', [
      { severity: 'yellow', gte: '0', lt: '0.05' },
      { severity: 'red', lt: '0' },
    ]);
    expect(refusal(json).en).toEqual([
      "years[0].thresholds.balance_rate[1]: is listed after thresholds.balance_rate[0] but lies below it: list a rule's bands from the lowest values up",
    ]);
  });

  it('needs a red coverage band with an upper bound: the target', () => {
    expect(refusal(withBands('coverage', [{ severity: 'yellow', lt: '0.995' }])).en).toEqual([
      'years[0].thresholds.coverage: needs a red band with an upper bound, e.g. {"severity": "red", "lt": "0.99"}: that bound is the enrollment target',
    ]);
  });
});

describe('one setting per rule in fundwatch-policy/2', () => {
  it('has no coverage_target and no deadline bands: they are refused with where to set them', () => {
    const json = structuredClone(DEFAULT_POLICY_FILE) as unknown as Json;
    const first = json.years[0] as Record<string, unknown> & { thresholds: Record<string, unknown> };
    first.coverage_target = '0.98';
    first.thresholds.transfer_late = [{ severity: 'red', gt: '20' }];
    expect(refusal(json)).toEqual({
      en: [
        'years[0].thresholds.transfer_late: is not part of fundwatch-policy/2: this rule reads timeliness.pass_down_days alone; set it there',
        'years[0].coverage_target: is not part of fundwatch-policy/2: the enrollment target is the upper bound of the red band in thresholds.coverage; set it there',
      ],
      zh: [
        'years[0].thresholds.transfer_late: fundwatch-policy/2 中没有此项：该规则只读取 timeliness.pass_down_days，请在该处设置',
        'years[0].coverage_target: fundwatch-policy/2 中没有此项：参保率目标即 thresholds.coverage 中红色档的上界，请在该处设置',
      ],
    });
  });

  it('derives the deadline bands from timeliness when the file is read', () => {
    const p = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
    expect(p.thresholds.transfer_late).toEqual([{ severity: 'red', gt: '30' }]);
    expect(p.thresholds.advance_ratio).toEqual([{ severity: 'yellow', lt: '0.9' }]);
    const file = parsePolicyFile({
      ...DEFAULT_POLICY_FILE,
      years: [...DEFAULT_POLICY_FILE.years, { year: 2026, timeliness: { pass_down_days: 20, advance_ratio_min: '0.8' } }],
    });
    expect(resolvePolicy(file, 2026).thresholds.transfer_late).toEqual([{ severity: 'red', gt: '20' }]);
    expect(resolvePolicy(file, 2026).thresholds.advance_ratio).toEqual([{ severity: 'yellow', lt: '0.8' }]);
    expect(resolvePolicy(file, 2025).thresholds.transfer_late).toEqual([{ severity: 'red', gt: '30' }]);
  });

  it('resolves each year once: the same object for the same file and year', () => {
    expect(resolvePolicy(DEFAULT_POLICY_FILE, 2024)).toBe(resolvePolicy(DEFAULT_POLICY_FILE, 2024));
  });
});

describe('transfer_late reads timeliness.pass_down_days', () => {
  // Central money received by the province on 2024-03-01, passed down to 乌兰察布市 on 2024-03-26: 25 days.
  const transfers: Transfer[] = [
    { transferId: 'C-1', year: 2024, fund: 'resident', fromLevel: 'central', toRegionCode: '150000', kind: 'formal', amount: new Dec('1000000.00'), issuedDate: '2024-02-20', receivedDate: '2024-03-01', sourceTransferId: null },
    { transferId: 'P-1', year: 2024, fund: 'resident', fromLevel: 'province', toRegionCode: '150900', kind: 'formal', amount: new Dec('400000.00'), issuedDate: '2024-03-26', receivedDate: '2024-03-30', sourceTransferId: 'C-1' },
  ];
  const name = (code: string): string => (code === '150900' ? '乌兰察布市' : code);
  const with20: PolicyFile = parsePolicyFile({
    ...DEFAULT_POLICY_FILE,
    years: DEFAULT_POLICY_FILE.years.map((y) => (y.year === 2021 ? { ...y, timeliness: { pass_down_days: 20, formal_budget_days: 30, advance_ratio_min: '0.9' } } : y)),
  });

  it('pass_down_days 20: 25 days is red, against 20 days', () => {
    const alerts = transferLateAlerts(transfers, name, '2024Q1', resolvePolicy(with20, 2024));
    expect(alerts.map((a) => [a.regionCode, a.severity, a.value.toString(), a.threshold.toString()])).toEqual([['150900', 'red', '25', '20']]);
    expect(zh(alerts[0])).toBe(
      '乌兰察布市 城乡居民医保基金 P-1（40.00万元）转下达用时 = 下达日期 2024-03-26 − 来源文件 C-1 到账日期 2024-03-01 = 25 天，高于 20 天（红色）',
    );
  });

  it('the default 30 days: 25 days raises nothing', () => {
    expect(transferLateAlerts(transfers, name, '2024Q1', resolvePolicy(DEFAULT_POLICY_FILE, 2024))).toEqual([]);
  });

  it('and so does analyze --json', () => {
    const input = {
      quarter: '2024Q1',
      regions: [
        { code: '150000', name: '内蒙古自治区', level: 'province' as const, parentCode: null, tier: null },
        { code: '150900', name: '乌兰察布市', level: 'city' as const, parentCode: '150000', tier: 3 as const },
      ],
      coverageCounts: [],
      fundTotals: [],
      openings: [],
      transfers,
    };
    const late = (file: PolicyFile) => toAnalysisJson(buildAnalysis({ ...input, policyFile: file })).alerts.filter((a) => a.rule === 'transfer_late');
    expect(late(with20).map((a) => [a.region_code, a.severity, a.value, a.threshold])).toEqual([['150900', 'red', '25', '20']]);
    expect(late(DEFAULT_POLICY_FILE)).toEqual([]);
  });
});

describe('fundwatch-policy/1 files', () => {
  it('the sample policy.json still loads, as the current format, to the defaults with both funds seasonal', () => {
    const file = parsePolicyFile(sampleLegacy());
    expect(file.schema).toBe('fundwatch-policy/2');
    const first = file.years[0] as unknown as Record<string, unknown> & { thresholds: Record<string, unknown> };
    expect(first.coverage_target).toBeUndefined();
    expect(first.thresholds.transfer_late).toBeUndefined();
    expect(first.thresholds.advance_ratio).toBeUndefined();
    // Its overlapping growth-gap bands (the worst one won) are cut apart, classifying every value the same way.
    expect(first.thresholds.growth_gap).toEqual([
      { severity: 'yellow', gt: '0.05', lte: '0.10' },
      { severity: 'red', gt: '0.10' },
    ]);
    // The sample books superior money when it arrives (an advance in Q1), so both funds are seasonal there
    // (data/README.md); everything else is the default policy, the reconciliation bands (written later) included.
    for (const year of [2021, 2024, 2025]) {
      expect(resolvePolicy(file, year)).toEqual({ ...resolvePolicy(DEFAULT_POLICY_FILE, year), seasonal_funds: ['resident', 'assistance'] });
    }
  });

  it('refuses a coverage_target that disagrees with the red coverage band, naming both, in Chinese and English', () => {
    const json = sampleLegacy();
    (json.years[0] as Record<string, unknown>).coverage_target = '0.98';
    expect(refusal(json)).toEqual({
      en: [
        'years[0].coverage_target: "0.98" disagrees with years[0].thresholds.coverage[0].lt "0.99": the enrollment target is the upper bound of the red ' +
          'coverage band, one setting; make them equal or remove coverage_target',
      ],
      zh: [
        'years[0].coverage_target: "0.98" 与 years[0].thresholds.coverage[0].lt 的 "0.99" 不一致：参保率目标就是参保率红色档的上界，只能有一个值；请改为相同或删除 coverage_target',
      ],
    });
  });

  it('refuses a later year whose coverage_target disagrees with the bands it inherits', () => {
    const json = sampleLegacy();
    (json.years[3] as Record<string, unknown>).coverage_target = '0.98';
    expect(refusal(json).en).toEqual([
      'years[3].coverage_target: "0.98" disagrees with years[0].thresholds.coverage[0].lt "0.99": the enrollment target is the upper bound of the red ' +
        'coverage band, one setting; make them equal or remove coverage_target',
    ]);
  });

  it('refuses deadline bands that disagree with timeliness, naming both', () => {
    const json = sampleLegacy();
    (json.years[0] as { timeliness: Record<string, unknown> }).timeliness.pass_down_days = 20;
    expect(refusal(json)).toEqual({
      en: [
        'years[0].thresholds.transfer_late: [{"severity":"red","gt":"30"}] disagrees with years[0].timeliness.pass_down_days 20: ' +
          'the rule reads years[0].timeliness.pass_down_days alone; remove thresholds.transfer_late',
      ],
      zh: [
        'years[0].thresholds.transfer_late: [{"severity":"red","gt":"30"}] 与 years[0].timeliness.pass_down_days 的 20 不一致：' +
          '该规则只读取 years[0].timeliness.pass_down_days；请删除 thresholds.transfer_late',
      ],
    });
  });
});
