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

export function coverageOf(analysis: Analysis, code: RegionCode): CoverageRow | undefined {
  return analysis.coverage.find((c) => c.regionCode === code && c.category === null);
}

export function fundStatusOf(analysis: Analysis, code: RegionCode, fund: Fund): FundStatus | undefined {
  return analysis.funds.find((f) => f.regionCode === code && f.fund === fund);
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
    const row = analysis.coverage.find((c) => c.regionCode === code && c.category === category);
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
