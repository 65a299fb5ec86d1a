// What the report reads out of an Analysis: the region tree, one region's
// fund status in any quarter, year-to-date sums, and the changes against the
// previous quarter and the same quarter last year. Pure and small so the
// findings and every section agree on where a number comes from.
import { compareQuarters, parseQuarter, previousQuarter, quarterOf, sameQuarterLastYear } from '../domain/quarter';
import { sum, ZERO, type Decimal } from '../domain/money';
import { subtreeOf } from '../domain/subtree';
import { datasetLevelWords, type LevelWords } from '../domain/levelWords';
import { placedName } from '../domain/regionName';
import {
  EXPENDITURE_ITEMS,
  SOURCE_LEVELS,
  type Analysis,
  type CoverageRow,
  type ExpenditureItem,
  type Fund,
  type FundStatus,
  type Quarter,
  type Region,
  type RegionCode,
  type SourceLevel,
} from '../domain/types';

export interface ReportModel {
  analysis: Analysis;
  previous: Analysis | null;
  lastYear: Analysis | null;
  region: Region;
  /** Direct children in code order (cities of the province, counties of a city). */
  children: Region[];
  name(code: RegionCode): string;
  parentName(code: RegionCode): string | null;
  /** A region named so a reader of the report places it (regionName.placedName): 乌兰察布市集宁区 in a province's, 涪陵区 in 重庆市's. */
  placedName(code: RegionCode, place: (owner: string, name: string) => string): string;
  /** The region itself and everything below it. */
  subtree: Set<RegionCode>;
  /**
   * The pools (a city's account plus its counties') whose gap sharing,
   * reconciliation and stress the report shows: the region and its children,
   * and for a county the city it is pooled in (a county is no pool of its own,
   * yet it carries a share of its city's gap).
   */
  pools: Set<RegionCode>;
  /** What the Chinese text calls the city and county levels: the words of the data's province. */
  words: LevelWords;
}

export function buildModel(analysis: Analysis, previous: Analysis | null, lastYear: Analysis | null, regionCode: RegionCode): ReportModel {
  const byCode = new Map(analysis.regions.map((r) => [r.code, r]));
  const region = byCode.get(regionCode);
  if (region === undefined) throw new Error(`区划 ${regionCode} 不在数据的 regions.csv 中`);
  const childrenOf = (code: RegionCode): Region[] =>
    analysis.regions.filter((r) => r.parentCode === code && r.code !== code).sort((a, b) => a.code.localeCompare(b.code));
  const subtree = subtreeOf(regionCode, childrenOf);
  const name = (code: RegionCode): string => byCode.get(code)?.name ?? code;
  const pools = new Set([regionCode, ...childrenOf(regionCode).map((c) => c.code)]);
  for (let up = region.parentCode; up !== null; up = byCode.get(up)?.parentCode ?? null) {
    if (byCode.get(up)?.level === 'city') pools.add(up);
  }
  return {
    analysis,
    previous,
    lastYear,
    region,
    children: childrenOf(regionCode),
    name,
    parentName: (code) => {
      const parent = byCode.get(code)?.parentCode;
      return parent === null || parent === undefined ? null : name(parent);
    },
    placedName: (code, place) => {
      const r = byCode.get(code);
      return r === undefined ? code : placedName(r, byCode, regionCode, place);
    },
    subtree,
    pools,
    words: datasetLevelWords(analysis.regions),
  };
}

/** A region's fund status at any quarter up to the selected one (history holds them all). */
export function statusAt(analysis: Analysis, code: RegionCode, fund: Fund, quarter: Quarter): FundStatus | undefined {
  return analysis.history.find((s) => s.regionCode === code && s.fund === fund && s.quarter === quarter);
}

export function statusNow(m: ReportModel, code: RegionCode, fund: Fund): FundStatus | undefined {
  return m.analysis.funds.find((s) => s.regionCode === code && s.fund === fund);
}

/** The previous quarter's status: from the previous quarter's Analysis when given, else from history. */
export function statusPrevious(m: ReportModel, code: RegionCode, fund: Fund): FundStatus | undefined {
  const q = previousQuarter(m.analysis.quarter);
  return m.previous?.funds.find((s) => s.regionCode === code && s.fund === fund) ?? statusAt(m.analysis, code, fund, q);
}

export function statusLastYear(m: ReportModel, code: RegionCode, fund: Fund): FundStatus | undefined {
  const q = sameQuarterLastYear(m.analysis.quarter);
  return m.lastYear?.funds.find((s) => s.regionCode === code && s.fund === fund) ?? statusAt(m.analysis, code, fund, q);
}

/**
 * Last year's status for a year-to-date comparison (income, expenditure,
 * current balance and its rate): none when the region/fund's data begin after
 * last year's Q1, as its "year to date" then holds only the quarters the data
 * have (data from 2023Q3: one quarter of 2023 against three of 2024).
 */
export function statusLastYearToDate(m: ReportModel, code: RegionCode, fund: Fund): FundStatus | undefined {
  const yearStart = quarterOf(parseQuarter(sameQuarterLastYear(m.analysis.quarter)).year, 1);
  const held = m.analysis.history.some((s) => s.regionCode === code && s.fund === fund && compareQuarters(s.quarter, yearStart) <= 0);
  return held ? statusLastYear(m, code, fund) : undefined;
}

function coverageIn(a: Analysis | null, code: RegionCode, category: CoverageRow['category']): CoverageRow | undefined {
  return a?.coverage.find((c) => c.regionCode === code && c.category === category);
}

export interface CoverageTriple {
  now: CoverageRow | undefined;
  previous: CoverageRow | undefined;
  lastYear: CoverageRow | undefined;
}

/** Coverage is only in each quarter's own Analysis: the comparison needs `previous` and `lastYear`. */
export function coverageTriple(m: ReportModel, code: RegionCode, category: CoverageRow['category'] = null): CoverageTriple {
  return {
    now: coverageIn(m.analysis, code, category),
    previous: coverageIn(m.previous, code, category),
    lastYear: coverageIn(m.lastYear, code, category),
  };
}

/** The quarters of `status`'s year up to its quarter, from history. */
function ytdStatuses(analysis: Analysis, code: RegionCode, fund: Fund, quarter: Quarter): FundStatus[] {
  const { year } = parseQuarter(quarter);
  return analysis.history.filter(
    (s) => s.regionCode === code && s.fund === fund && parseQuarter(s.quarter).year === year && compareQuarters(s.quarter, quarter) <= 0,
  );
}

/** Year-to-date income by source level (FundStatus holds the quarter alone). */
export function ytdIncomeBySource(analysis: Analysis, code: RegionCode, fund: Fund, quarter: Quarter): Record<SourceLevel, Decimal> {
  const rows = ytdStatuses(analysis, code, fund, quarter);
  const out = {} as Record<SourceLevel, Decimal>;
  for (const level of SOURCE_LEVELS) out[level] = sum(rows.map((r) => r.incomeBySource[level]));
  return out;
}

export function ytdExpenditureByItem(analysis: Analysis, code: RegionCode, fund: Fund, quarter: Quarter): Record<ExpenditureItem, Decimal> {
  const rows = ytdStatuses(analysis, code, fund, quarter);
  const out = {} as Record<ExpenditureItem, Decimal>;
  for (const item of EXPENDITURE_ITEMS) out[item] = sum(rows.map((r) => r.expenditureByItem[item]));
  return out;
}

/** now / before − 1; null when there is no base to grow from. */
export function growth(now: Decimal | undefined, before: Decimal | undefined): Decimal | null {
  if (now === undefined || before === undefined || before.isZero()) return null;
  return now.div(before).minus(1);
}

/**
 * The region's own account (本级) in a table by child region: the region's
 * figure less its children's. A city's total is its own account plus its
 * counties' (data/README.md: 盟市合计 = 本级账户 + 所属旗县), and the
 * province's its own plus its cities': without this row a table's rows do
 * not add up to its total. undefined when the region has no status there;
 * null when the total is unknown (an accumulated balance without its
 * opening), which leaves it unknown for every child too.
 */
export function ownPart(m: ReportModel, at: (code: RegionCode) => FundStatus | undefined, pick: (s: FundStatus) => Decimal | null): Decimal | null | undefined {
  const total = at(m.region.code);
  if (total === undefined) return undefined;
  let own = pick(total);
  for (const child of m.children) {
    const s = at(child.code);
    if (s === undefined || own === null) continue;
    const part = pick(s);
    own = part === null ? null : own.minus(part);
  }
  return own;
}

/** now − before; null when either is missing. */
export function change(now: Decimal | null | undefined, before: Decimal | null | undefined): Decimal | null {
  if (now === null || now === undefined || before === null || before === undefined) return null;
  return now.minus(before);
}

export { ZERO };
