// The records and results the domain computes (regions, coverage, fund
// statuses, alerts, the Analysis). Money and rates are always Decimal
// (decimal.js) in memory and decimal strings at the edges (JSON, CSV). The
// basic words (codes, funds, severities) are in vocabulary.ts, re-exported here.
import type { AlertCode, Message } from './messages/codes';
import type Decimal from 'decimal.js';
import type { Allocation, FactorRow, Pot } from './allocateByFactors';
import type { GapSharing } from './shareGap';
import type { Policy } from './policy/types';
import type { ReconciliationRow } from './reconciliationTypes';
import type { SubsidyDemand, SubsidySplit } from './splitSubsidy';
import type { Category, ExpenditureItem, Fund, Level, Quarter, RegionCode, RuleId, Severity, SourceLevel, Tier } from './vocabulary';

export * from './vocabulary';

export interface Region {
  code: RegionCode;
  name: string;
  level: Level;
  parentCode: RegionCode | null;
  tier: Tier | null;
  /** Its place on the schematic tile map (region_tiles), when the dataset gives one. */
  tile?: { row: number; col: number };
}

/** Sums of recipients and enrolled for one region (any level) and one category (null = all). */
export interface CoverageCounts {
  regionCode: RegionCode;
  level: Level;
  category: Category | null;
  recipients: number;
  enrolled: number;
}

export interface CoverageRow extends CoverageCounts {
  /** enrolled / recipients; null when there are no recipients. */
  rate: Decimal | null;
}

/** One region's (rolled-up) fund totals for one quarter, as the engine reads them. */
export interface FundQuarterTotals {
  regionCode: RegionCode;
  level: Level;
  fund: Fund;
  quarter: Quarter;
  income: Decimal;
  expenditure: Decimal;
  incomeBySource: Record<SourceLevel, Decimal>;
  expenditureByItem: Record<ExpenditureItem, Decimal>;
}

/** Opening balance of a year for one region (rolled up) and fund. */
export interface OpeningBalance {
  regionCode: RegionCode;
  /** The region's level: a region with a balance but no flow row still has a status (fundStatuses). */
  level: Level;
  fund: Fund;
  year: number;
  openingBalance: Decimal;
}

/** Indicators of one region and fund at the end of one quarter; its totals (income, expenditure and their parts) are this quarter's alone. */
export interface FundStatus extends FundQuarterTotals {
  /** This quarter alone. */
  currentBalance: Decimal;
  /** Year to date, up to and including this quarter. */
  ytdIncome: Decimal;
  ytdExpenditure: Decimal;
  ytdCurrentBalance: Decimal;
  /** (ytdIncome − ytdExpenditure) / ytdIncome; null when ytdIncome is 0. */
  balanceRate: Decimal | null;
  /** null when the year's opening balance is unknown. */
  openingBalance: Decimal | null;
  accumulatedBalance: Decimal | null;
  /** accumulated balance / average monthly expenditure over the trailing four quarters; null when not computable. */
  monthsPayable: Decimal | null;
}

export interface Alert {
  rule: RuleId;
  severity: Severity;
  regionCode: RegionCode;
  fund: Fund | null;
  quarter: Quarter;
  value: Decimal;
  threshold: Decimal;
  /** The formula with its figures, as a message (code + params): said in Chinese or English where the alert is shown. */
  text: Message<AlertCode>;
  /**
   * For a rule checked over two periods (current_deficit: the year to date and
   * the quarter alone), which one this alert is, so the two read apart by their
   * titles. Absent for rules of one period. Not in `analyze --json` (the message says it).
   */
  period?: 'ytd' | 'quarter';
}

/** The DESIGN.md `analyze --json` document, in memory (Decimals, camelCase). */
export interface Analysis {
  quarter: Quarter;
  regions: Region[];
  coverage: CoverageRow[];
  funds: FundStatus[];
  alerts: Alert[];
  /** Every quarter up to and including `quarter`, for trend charts. */
  history: FundStatus[];
  /** Gap sharing per city and fund, year to date of the selected quarter (DOMAIN.md 缺口分担). */
  sharing: GapSharing[];
  /** Factor allocation of the selected quarter's year, one per pot present in allocation_totals. */
  allocation: AllocationResult[];
  /** Resident fiscal subsidy of the selected quarter's year split by level, per city and county. */
  subsidySplit: SubsidySplitRow[];
  /** Enrollment-subsidy demand of recipients against what was paid, per region at every level. */
  subsidyDemand: SubsidyDemandRow[];
  /** Seasonal projection of each city's (and the province's) accumulated balance to the year end (from Q4: through the next year). */
  forecasts: FundForecast[];
  /** Superior money received vs booked per city pool, fund and origin level, year to date (DOMAIN.md 资金到账核对). */
  reconciliation: ReconciliationRow[];
  /** The policy of the quarter's year the analysis was computed with (resolved once): what pages, charts and the report colour by. */
  policy: Policy;
}

export interface AllocationResult {
  year: number;
  pot: Pot;
  total: Decimal;
  factors: FactorRow[];
  /** Same order as `factors`; amounts add up to `total` to the fen. Empty when `error` says why not. */
  rows: Allocation[];
  /**
   * Why the factor method cannot allocate this pot (e.g. every performance
   * score is zero): that pot alone goes without, the rest of the analysis stands.
   */
  error?: Message;
}

export interface SubsidySplitRow {
  regionCode: RegionCode;
  level: Level;
  year: number;
  tier: Tier | null;
  insured: number;
  perCapita: Decimal;
  split: SubsidySplit;
}

export interface SubsidyDemandRow {
  regionCode: RegionCode;
  level: Level;
  quarter: Quarter;
  demand: SubsidyDemand;
  /** subsidy_amount paid, year to date (assistance_enrollment). */
  paid: Decimal;
}

export interface ForecastPoint {
  quarter: Quarter;
  accumulatedBalance: Decimal;
  monthsPayable: Decimal | null;
}

export interface FundForecast {
  regionCode: RegionCode;
  level: Level;
  fund: Fund;
  /** The quarter the projection starts after (the selected one). */
  from: Quarter;
  /** Projected quarters after `from` up to the year end, oldest first; from a Q4, the next year's four quarters. */
  points: ForecastPoint[];
  /** First projected quarter whose accumulated balance is below zero, if any. */
  negativeQuarter: Quarter | null;
  /** How the seasonal shape was taken, in one Chinese sentence (e.g. years used). */
  method: string;
  /** The same sentence in English. */
  methodEn: string;
}
