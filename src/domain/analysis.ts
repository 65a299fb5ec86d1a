// The whole computation of one quarter, from typed records to the Analysis
// the pages, the report and `analyze --json` all show.
import {
  advanceRatioAlerts,
  budgetExecutionAlerts,
  coverageAlerts,
  fundAlerts,
  growthGapAlerts,
  sortAlerts,
  transferLateAlerts,
  transferNotReceivedAlerts,
} from './alerts';
import { allocations } from './allocation';
import { forecastAlerts } from './alerts/forecast';
import { reconciliationAlerts } from './alerts/reconciliation';
import { isJudged, reconcile } from './reconciliation';
import { fundForecasts } from './forecast';
import { datasetLevelWords } from './levelWords';
import type {
  AllocationFactor,
  AllocationTotal,
  AssistanceSubsidy,
  Budget,
  InsuredCount,
  ObligationShortfall,
  Transfer,
} from './inputTypes';
import { compareCoverageRows, toCoverageRows } from './coverage';
import { compareFundKeys, fundStatuses } from './fundStatus';
import { renderMessage } from './messages/render';
import { fixed, moneyString, rateString, type Decimal } from './money';
import { resolvePolicy } from './policy/policy';
import { withDisplayNames } from './regionName';
import type { Pot } from './allocateByFactors';
import type { Policy, PolicyFile } from './policy/types';
import { compareQuarters, parseQuarter } from './quarter';
import { RULE_VALUE_KIND, type ValueKind } from './policy/rules';
import { gapSharings } from './sharing';
import type { GapSharing } from './shareGap';
import type { OriginLevel } from './reconciliationTypes';
import { subsidyDemands, subsidySplits } from './subsidy';
import type {
  Alert,
  Analysis,
  Category,
  CoverageCounts,
  Fund,
  FundQuarterTotals,
  FundStatus,
  Level,
  OpeningBalance,
  Quarter,
  Region,
  RegionCode,
  RuleId,
  Severity,
} from './types';

export interface AnalysisInput {
  quarter: Quarter;
  regions: Region[];
  /** For `quarter` only, every level, category null and each category. */
  coverageCounts: CoverageCounts[];
  /** Every quarter in the data up to and including `quarter` (later ones are ignored). */
  fundTotals: FundQuarterTotals[];
  /** Rolled up per region. */
  openings: OpeningBalance[];
  policyFile: PolicyFile;
  // The optional tables below default to none (a dataset may lack the file).
  /** Per county, fund, year and kind; at least the selected quarter's year. */
  obligations?: ObligationShortfall[];
  /** Rolled up per region (every level), for the selected quarter. */
  residentInsured?: InsuredCount[];
  /** Rolled up per region (every level) and category, for the selected quarter. */
  assistanceSubsidies?: AssistanceSubsidy[];
  /** Rolled up per region (every level); at least the selected quarter's year. */
  budgets?: Budget[];
  /** Every document, all years. */
  transfers?: Transfer[];
  /** At least the selected quarter's year. */
  allocationFactors?: AllocationFactor[];
  allocationTotals?: AllocationTotal[];
}

function policyResolver(policyFile: PolicyFile): (year: number) => Policy {
  const policies = new Map<number, Policy>();
  return (year) => {
    let p = policies.get(year);
    if (p === undefined) policies.set(year, (p = resolvePolicy(policyFile, year)));
    return p;
  };
}

/** What fundHistory needs: the fund figures, none of the rest. */
export type FundHistoryInput = Pick<AnalysisInput, 'quarter' | 'fundTotals' | 'openings' | 'policyFile'>;

/**
 * Analysis.history: every region's and fund's status in every quarter up to
 * the selected one, the heaviest part of buildAnalysis (Decimal division).
 * It needs only the fund figures, so a caller reading the input piece by
 * piece can compute it while the rest is still being read, and hand it to
 * buildAnalysis.
 */
export function fundHistory(input: FundHistoryInput, policyFor: (year: number) => Policy = policyResolver(input.policyFile)): FundStatus[] {
  const upToQuarter = input.fundTotals.filter((t) => compareQuarters(t.quarter, input.quarter) <= 0);
  return fundStatuses(upToQuarter, input.openings, (year) => policyFor(year).months_payable_window_quarters);
}

/** `history`: fundHistory(input), if the caller computed it already. */
export function buildAnalysis(input: AnalysisInput, history?: FundStatus[]): Analysis {
  const { quarter, policyFile } = input;
  const policyFor = policyResolver(policyFile);
  const policy = policyFor(parseQuarter(quarter).year);

  // Every page, the report and the CLI name regions from here on.
  const regions = withDisplayNames(input.regions);
  const names = new Map(regions.map((r) => [r.code, r.name]));
  // A code missing from regions still gets a readable sentence.
  const regionName = (code: RegionCode): string => names.get(code) ?? code;

  const coverage = toCoverageRows(input.coverageCounts).sort(compareCoverageRows);
  history ??= fundHistory(input, policyFor);
  const funds = history.filter((s) => s.quarter === quarter);
  const transfers = input.transfers ?? [];
  const insured = input.residentInsured ?? [];
  const forecasts = fundForecasts(history, quarter, policy, regions);
  const reconciliation = reconcile({ quarter, regions, fundTotals: input.fundTotals, transfers });
  const alerts = sortAlerts([
    ...coverageAlerts(coverage, regionName, quarter, policy),
    ...fundAlerts(history, regionName, quarter, policy),
    ...growthGapAlerts(history, regionName, quarter, policy),
    ...budgetExecutionAlerts(funds, input.budgets ?? [], regionName, quarter, policy),
    ...transferLateAlerts(transfers, regionName, quarter, policy),
    ...transferNotReceivedAlerts(transfers, regionName, quarter, policy),
    ...advanceRatioAlerts(transfers, regionName, quarter, policy),
    ...reconciliationAlerts(reconciliation, regionName, quarter, policy, datasetLevelWords(input.regions)),
    ...forecastAlerts(forecasts, funds, regionName, quarter, policy),
  ]);
  const year = parseQuarter(quarter).year;
  return {
    quarter,
    regions,
    coverage,
    funds,
    alerts,
    history,
    sharing: gapSharings({ quarter, regions, funds, obligations: input.obligations ?? [], insured, policy }),
    allocation: allocations(year, input.allocationTotals ?? [], input.allocationFactors ?? [], policy.allocation),
    subsidySplit: subsidySplits(quarter, regions, insured, policy),
    subsidyDemand: subsidyDemands(quarter, input.assistanceSubsidies ?? [], policy, input.coverageCounts),
    forecasts,
    reconciliation,
    policy,
  };
}

/** The `analyze --json` document of DESIGN.md. */
export interface AnalysisJson {
  quarter: Quarter;
  coverage: {
    region_code: RegionCode;
    level: Level;
    category: Category | null;
    recipients: number;
    enrolled: number;
    rate: string | null;
  }[];
  funds: {
    region_code: RegionCode;
    fund: Fund;
    quarter: Quarter;
    income: string;
    expenditure: string;
    current_balance: string;
    accumulated_balance: string | null;
    months_payable: string | null;
  }[];
  sharing: {
    city_code: RegionCode;
    fund: Fund;
    year: number;
    gap: string;
    covered_by_balance: string;
    county_self: { region_code: RegionCode; amount: string }[];
    city_share: string;
    county_shares: { region_code: RegionCode; amount: string }[];
  }[];
  allocation: { year: number; pot: Pot; region_code: RegionCode; amount: string }[];
  /** Per city pool, fund, year and origin level with documents (DOMAIN.md 资金到账核对); levels without documents are left out. */
  reconciliation: {
    city_code: RegionCode;
    fund: Fund;
    year: number;
    level: OriginLevel;
    received: string;
    booked: string;
    difference: string;
    documents: string[];
  }[];
  alerts: {
    rule: RuleId;
    severity: Severity;
    region_code: RegionCode;
    fund: Fund | null;
    quarter: Quarter;
    value: string;
    threshold: string;
    message: string;
    /** Added after DESIGN.md's list: the same sentence in English (message itself is unchanged). */
    message_en: string;
  }[];
}

const PLACES: Record<ValueKind, number> = { rate: 6, money: 2, months: 2, days: 0 };

/**
 * Money as 2-decimal strings, rates 6 decimals, months payable 2 decimals,
 * counts as integers, null stays null. In `funds`, income, expenditure and
 * current_balance are YEAR-TO-DATE figures of the selected quarter (what a
 * quarterly report states); the quarter alone is in `Analysis.funds`.
 */
export function toAnalysisJson(a: Analysis): AnalysisJson {
  return {
    quarter: a.quarter,
    coverage: [...a.coverage].sort(compareCoverageRows).map((r) => ({
      region_code: r.regionCode,
      level: r.level,
      category: r.category,
      recipients: r.recipients,
      enrolled: r.enrolled,
      rate: r.rate === null ? null : rateString(r.rate),
    })),
    funds: [...a.funds].sort(compareFundKeys).map((s) => ({
      region_code: s.regionCode,
      fund: s.fund,
      quarter: s.quarter,
      income: moneyString(s.ytdIncome),
      expenditure: moneyString(s.ytdExpenditure),
      current_balance: moneyString(s.ytdCurrentBalance),
      accumulated_balance: s.accumulatedBalance === null ? null : moneyString(s.accumulatedBalance),
      months_payable: s.monthsPayable === null ? null : fixed(s.monthsPayable, 2),
    })),
    sharing: a.sharing.map(toSharingJson),
    allocation: a.allocation.flatMap((res) =>
      res.rows.map((r) => ({ year: res.year, pot: res.pot, region_code: r.regionCode, amount: moneyString(r.amount) })),
    ),
    reconciliation: a.reconciliation
      .filter(isJudged)
      .map((r) => ({
        city_code: r.cityCode,
        fund: r.fund,
        year: r.year,
        level: r.level,
        received: moneyString(r.received),
        booked: moneyString(r.booked),
        difference: moneyString(r.difference),
        documents: r.documents.map((d) => d.transferId),
      })),
    alerts: sortAlerts(a.alerts).map(toAlertJson),
  };
}

export type AlertJson = AnalysisJson['alerts'][number];

/** One alert as `analyze --json` prints it. */
/** One gap's sharing as analyze --json writes it (and the report's figure carries it). */
export function toSharingJson(g: GapSharing): AnalysisJson['sharing'][number] {
  return {
    city_code: g.cityCode,
    fund: g.fund,
    year: g.year,
    gap: moneyString(g.gap),
    covered_by_balance: moneyString(g.coveredByBalance),
    county_self: g.countySelf.map((r) => ({ region_code: r.regionCode, amount: moneyString(r.amount) })),
    city_share: moneyString(g.cityShare),
    county_shares: g.countyShares.map((r) => ({ region_code: r.regionCode, amount: moneyString(r.amount) })),
  };
}

export function toAlertJson(al: Alert): AlertJson {
  return {
    rule: al.rule,
    severity: al.severity,
    region_code: al.regionCode,
    fund: al.fund,
    quarter: al.quarter,
    value: alertNumber(al.rule, al.value),
    threshold: alertNumber(al.rule, al.threshold),
    message: renderMessage(al.text, 'zh'),
    message_en: renderMessage(al.text, 'en'),
  };
}

/** An alert's value (or threshold) as `analyze --json` prints it: its rule's places. */
export function alertNumber(rule: RuleId, d: Decimal): string {
  return fixed(d, PLACES[RULE_VALUE_KIND[rule]]);
}
