// The risk rules in DOMAIN.md table order, which is also the order alerts of
// equal severity are listed in.
import type { RuleId } from './types';

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
];

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
};
