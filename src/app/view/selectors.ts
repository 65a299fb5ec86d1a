// What each part of the page shows, picked out of one Analysis. Pure, so
// the page's choices (which rows, which order) are testable without a DOM.
import { alertsInScope, countBySeverity } from '../../domain/alerts/scope';
import { CATEGORY_LABEL } from '../../domain/labels';
import { DEFAULT_LANG, type Lang } from '../../domain/lang';
import { compareQuarters } from '../../domain/quarter';
import {
  CATEGORIES,
  type Alert,
  type Analysis,
  type CoverageRow,
  type Fund,
  type FundStatus,
  type RegionCode,
} from '../../domain/types';
import type { CoverageBar } from '../../charts/options/coverageRanking';
import type { FundTrendPoint } from '../../charts/options/fundTrend';
import type { MonthsPayableBar } from '../../charts/options/monthsPayable';
import type { RegionTree } from './regionTree';

// Rows by key, built once per analysis's array: a city's drill-down looks up
// each of its counties, and a 1,000-county province's scans cost a click ~10 ms.
const BY_KEY = new WeakMap<readonly object[], Map<string, object>>();

function byKey<T extends object>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  let index = BY_KEY.get(rows) as Map<string, T> | undefined;
  if (index === undefined) {
    index = new Map();
    // The first row of a key wins, as a scan's find would.
    for (const row of rows) if (!index.has(key(row))) index.set(key(row), row);
    BY_KEY.set(rows, index);
  }
  return index;
}

const coverageKey = (code: RegionCode, category: string | null): string => `${code}|${category ?? ''}`;

function coverageRow(analysis: Analysis, code: RegionCode, category: CoverageRow['category']): CoverageRow | undefined {
  return byKey(analysis.coverage, (c) => coverageKey(c.regionCode, c.category)).get(coverageKey(code, category));
}

export function coverageOf(analysis: Analysis, code: RegionCode): CoverageRow | undefined {
  return coverageRow(analysis, code, null);
}

export function fundStatusOf(analysis: Analysis, code: RegionCode, fund: Fund): FundStatus | undefined {
  return byKey(analysis.funds, (f) => `${f.regionCode}|${f.fund}`).get(`${code}|${fund}`);
}

/** The region's children ranked in the chart, or a leaf's own categories (named in `lang`). */
export function coverageBars(analysis: Analysis, tree: RegionTree, code: RegionCode, lang: Lang = DEFAULT_LANG): CoverageBar[] {
  const children = tree.childrenOf(code);
  if (children.length > 0) {
    return children.flatMap((child) => {
      const row = coverageOf(analysis, child.code);
      return row && row.rate !== null
        ? [{ key: child.code, name: child.name, rate: row.rate, recipients: row.recipients, enrolled: row.enrolled }]
        : [];
    });
  }
  return CATEGORIES.flatMap((category) => {
    const row = coverageRow(analysis, code, category);
    return row && row.rate !== null
      ? [
          {
            key: category,
            name: CATEGORY_LABEL[category][lang],
            rate: row.rate,
            recipients: row.recipients,
            enrolled: row.enrolled,
          },
        ]
      : [];
  });
}

/** Children at the selected quarter; a leaf is shown across its quarters instead. */
export function monthsPayableBars(
  analysis: Analysis,
  tree: RegionTree,
  code: RegionCode,
  fund: Fund,
): { bars: MonthsPayableBar[]; byQuarter: boolean } {
  const children = tree.childrenOf(code);
  if (children.length > 0) {
    const bars = children.flatMap((child) => {
      const status = fundStatusOf(analysis, child.code, fund);
      return status
        ? [{ key: child.code, name: child.name, monthsPayable: status.monthsPayable, accumulatedBalance: status.accumulatedBalance }]
        : [];
    });
    return { bars, byQuarter: false };
  }
  const bars = regionHistory(analysis, code, fund).map((s) => ({
    key: s.quarter,
    name: s.quarter,
    monthsPayable: s.monthsPayable,
    accumulatedBalance: s.accumulatedBalance,
  }));
  return { bars, byQuarter: true };
}

export function regionHistory(analysis: Analysis, code: RegionCode, fund: Fund): FundStatus[] {
  return analysis.history
    .filter((s) => s.regionCode === code && s.fund === fund)
    .sort((a, b) => compareQuarters(a.quarter, b.quarter));
}

export function trendPoints(analysis: Analysis, code: RegionCode, fund: Fund): FundTrendPoint[] {
  return regionHistory(analysis, code, fund).map((s) => ({
    quarter: s.quarter,
    income: s.income,
    incomeBySource: s.incomeBySource,
    expenditure: s.expenditure,
    accumulatedBalance: s.accumulatedBalance,
  }));
}

export type AlertFundFilter = 'selected' | 'all';

/**
 * Alerts of the region and everything below it, worst first; equal
 * severities in DOMAIN.md rule order, then by region code. Alerts that
 * belong to no fund (fund null) show under either fund. The one count of
 * alerts (domain/alerts/scope.ts).
 */
export function alertsFor(
  analysis: Analysis,
  tree: RegionTree,
  code: RegionCode,
  fund: Fund,
  filter: AlertFundFilter,
): Alert[] {
  return alertsInScope(analysis.alerts, tree.subtreeCodes(code), filter === 'all' ? null : fund);
}

export { countBySeverity };
