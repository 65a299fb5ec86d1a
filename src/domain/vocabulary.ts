// The words every part of the domain speaks: codes, periods, funds,
// categories, severities, rule ids. Nothing here depends on another file of
// ours, so any domain file (the policy's types, a feature's result types)
// can use them without a cycle back through types.ts.
export type RegionCode = string; // six-digit GB/T 2260 text, never a number
export type Quarter = string; // `YYYYQn`
export type Level = 'province' | 'city' | 'county';
export type Tier = 1 | 2 | 3;
export type Fund = 'assistance' | 'resident';
export type Direction = 'income' | 'expenditure';
export type SourceLevel = 'central' | 'province' | 'city' | 'county' | 'individual' | 'other';
export type Category =
  | 'tekun'
  | 'orphan'
  | 'de_facto_orphan'
  | 'dibao'
  | 'fanpin'
  | 'dibao_edge'
  | 'monitored';
export type Severity = 'red' | 'orange' | 'yellow' | 'blue';

export const FUNDS: readonly Fund[] = ['assistance', 'resident'];
export const SOURCE_LEVELS: readonly SourceLevel[] = ['central', 'province', 'city', 'county', 'individual', 'other'];
/** Table order of DOMAIN.md: also the tie-break order for equal subsidies. */
export const CATEGORIES: readonly Category[] = [
  'tekun',
  'orphan',
  'de_facto_orphan',
  'dibao',
  'fanpin',
  'dibao_edge',
  'monitored',
];
export const INCOME_ITEMS = ['fiscal_subsidy', 'individual_contribution', 'interest', 'donation', 'lottery', 'other'] as const;
export const EXPENDITURE_ITEMS = [
  'enrollment_subsidy',
  'inpatient',
  'outpatient',
  'chronic_outpatient',
  'critical_illness',
  'emergency',
  'other',
] as const;
export type IncomeItem = (typeof INCOME_ITEMS)[number];
export type ExpenditureItem = (typeof EXPENDITURE_ITEMS)[number];
/** Worst first. */
export const SEVERITIES: readonly Severity[] = ['red', 'orange', 'yellow', 'blue'];

export type RuleId =
  | 'coverage'
  | 'current_deficit'
  | 'balance_rate'
  | 'accumulated_negative'
  | 'months_payable'
  | 'growth_gap'
  | 'budget_execution'
  | 'transfer_late'
  | 'transfer_not_received'
  | 'advance_ratio'
  /** Superior money received by documents vs booked as income (DOMAIN.md 资金到账核对). */
  | 'reconciliation'
  /** Projection of the balance to the year end crosses a worse band (uses the months_payable and accumulated_negative bands). */
  | 'forecast';
