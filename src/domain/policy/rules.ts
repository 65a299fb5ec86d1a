// The risk rules in DOMAIN.md table order, which is also the order alerts of
// equal severity are listed in.
import type { RuleId, Severity } from '../vocabulary';

export const RULE_IDS: readonly RuleId[] = [
  'coverage',
  'current_deficit',
  'balance_rate',
  'accumulated_negative',
  'months_payable',
  'growth_gap',
  'budget_execution',
  'transfer_late',
  'transfer_not_received',
  'advance_ratio',
  'reconciliation',
  'forecast',
];

/**
 * Rules judged against a band list of their own in policy.thresholds. The
 * forecast has none: it reuses the months_payable and accumulated_negative
 * bands, so that a projection and the present are measured by one yardstick.
 */
export type BandedRuleId = Exclude<RuleId, 'forecast'>;

export const BANDED_RULE_IDS: readonly BandedRuleId[] = RULE_IDS.filter((r): r is BandedRuleId => r !== 'forecast');

/**
 * The deadline rules of DOMAIN.md "Timeliness rules": each reads ONE setting
 * of policy `timeliness` and has no band list in the file. The band is built
 * from that setting when the policy is read: the value crosses it on the
 * `bound` side and the alert has the rule's `severity` (DOMAIN.md "Risk
 * indicators": a late transfer is red, a short advance notice yellow).
 */
export const DEADLINE_RULES = {
  transfer_late: { setting: 'pass_down_days', bound: 'gt', severity: 'red' },
  advance_ratio: { setting: 'advance_ratio_min', bound: 'lt', severity: 'yellow' },
} as const satisfies Record<string, { setting: string; bound: 'gt' | 'lt'; severity: Severity }>;

export type DeadlineRuleId = keyof typeof DEADLINE_RULES;

export const DEADLINE_RULE_IDS = Object.keys(DEADLINE_RULES) as DeadlineRuleId[];

/**
 * Rules added after files were written without them: a policy.json that has
 * no band list for one of these takes the default bands (policy.default.json).
 */
export const LATER_RULE_IDS = ['reconciliation'] as const satisfies readonly RuleId[];

/** Rules whose band lists are written in policy.json `thresholds`. */
export const FILE_BANDED_RULE_IDS = BANDED_RULE_IDS.filter(
  (r): r is Exclude<BandedRuleId, DeadlineRuleId> => !(DEADLINE_RULE_IDS as readonly string[]).includes(r),
);

/**
 * Rules whose value is one rate less another — 收支增速差 (expenditure growth − income growth), 预算执行
 * (序时进度 − 执行率): a 'rate' that reads in percentage points, as their sentences say it.
 */
export const RULES_IN_POINTS: ReadonlySet<RuleId> = new Set<RuleId>(['growth_gap', 'budget_execution']);

/** What an alert's value and threshold measure, which decides how they are printed. */
export type ValueKind = 'rate' | 'money' | 'months' | 'days';

export const RULE_VALUE_KIND: Record<RuleId, ValueKind> = {
  coverage: 'rate',
  current_deficit: 'money',
  balance_rate: 'rate',
  accumulated_negative: 'money',
  months_payable: 'months',
  growth_gap: 'rate',
  budget_execution: 'rate',
  transfer_late: 'days',
  transfer_not_received: 'money',
  advance_ratio: 'rate',
  // Judged on |difference| / received; the alert states the difference and the bound in money.
  reconciliation: 'money',
  // Both forecast alerts carry projected months payable: a balance projected
  // below zero is stated as months payable below zero (see alerts/forecast.ts).
  forecast: 'months',
};

/**
 * What a rule's bands are compared with (the value `classify` is given), which
 * is how a policy bound is read and typed: the alert's own value kind but for
 * reconciliation, judged on |booked − received| / received and stated in
 * money (alerts/reconciliation.ts).
 */
export function bandValueKind(rule: BandedRuleId): ValueKind {
  return rule === 'reconciliation' ? 'rate' : RULE_VALUE_KIND[rule];
}
