// The whole computation of one quarter, from typed records to the Analysis
// the pages, the report and `analyze --json` all show.
import { coverageAlerts, fundAlerts, sortAlerts } from './alerts';
import { compareCoverageRows, toCoverageRows } from './coverage';
import { compareFundKeys, fundStatuses } from './fundStatus';
import { fixed, moneyString, rateString, type Decimal } from './money';
import { resolvePolicy } from './policy';
import type { Policy, PolicyFile } from './policyTypes';
import { compareQuarters, parseQuarter } from './quarter';
import { RULE_VALUE_KIND, type ValueKind } from './rules';
import type {
  Analysis,
  Category,
  CoverageCounts,
  Fund,
  FundQuarterTotals,
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
}

export function buildAnalysis(input: AnalysisInput): Analysis {
  const { quarter, policyFile } = input;
  const policies = new Map<number, Policy>();
  const policyFor = (year: number): Policy => {
    let p = policies.get(year);
    if (p === undefined) policies.set(year, (p = resolvePolicy(policyFile, year)));
    return p;
  };
  const policy = policyFor(parseQuarter(quarter).year);

  const names = new Map(input.regions.map((r) => [r.code, r.name]));
  // A code missing from regions still gets a readable sentence.
  const regionName = (code: RegionCode): string => names.get(code) ?? code;

  const coverage = toCoverageRows(input.coverageCounts).sort(compareCoverageRows);
  const upToQuarter = input.fundTotals.filter((t) => compareQuarters(t.quarter, quarter) <= 0);
  const history = fundStatuses(upToQuarter, input.openings, (year) => policyFor(year).months_payable_window_quarters);
  const funds = history.filter((s) => s.quarter === quarter);
  const alerts = sortAlerts([
    ...coverageAlerts(coverage, regionName, quarter, policy),
    ...fundAlerts(history, regionName, quarter, policy),
  ]);
  return {
    quarter,
    regions: input.regions,
    coverage,
    funds,
    alerts,
    history,
    sharing: [],
    allocation: [],
    subsidySplit: [],
    subsidyDemand: [],
    forecasts: [],
  };
}

/** The `analyze --json` document of DESIGN.md (the parts the domain computes so far). */
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
  alerts: {
    rule: RuleId;
    severity: Severity;
    region_code: RegionCode;
    fund: Fund | null;
    quarter: Quarter;
    value: string;
    threshold: string;
    message: string;
  }[];
}

const PLACES: Record<ValueKind, number> = { rate: 6, money: 2, months: 2, days: 0 };

function alertNumber(rule: RuleId, d: Decimal): string {
  return fixed(d, PLACES[RULE_VALUE_KIND[rule]]);
}

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
    alerts: sortAlerts(a.alerts).map((al) => ({
      rule: al.rule,
      severity: al.severity,
      region_code: al.regionCode,
      fund: al.fund,
      quarter: al.quarter,
      value: alertNumber(al.rule, al.value),
      threshold: alertNumber(al.rule, al.threshold),
      message: al.message,
    })),
  };
}
