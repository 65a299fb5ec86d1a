// The big screen's 风险排名: the scope's children, worst alert first, then
// how many red, then how many in all. A child the data says nothing about
// (no fund figures, no enrollment) has no alerts because it has no data, not
// because it is sound: it is marked as such and comes last, as its grey
// 无数据 tile beside the list says.
import { compareCodes } from '../../domain/codeOrder';
import { SEVERITIES, type Analysis, type Fund, type Region, type RegionCode, type Severity } from '../../domain/types';
import type { RegionTree } from './regionTree';
import { alertsFor, coverageOf, fundStatusOf } from './selectors';

export interface RankRow {
  region: Region;
  alerts: number;
  red: number;
  worst: Severity | null;
  /** Nothing loaded for this region and fund: no band to show. */
  noData: boolean;
}

const order = (row: RankRow): number => (row.noData ? SEVERITIES.length + 1 : row.worst === null ? SEVERITIES.length : SEVERITIES.indexOf(row.worst));

export function rankChildren(analysis: Analysis, tree: RegionTree, scope: RegionCode, fund: Fund, rows: number): RankRow[] {
  return tree
    .childrenOf(scope)
    .map((child): RankRow => {
      const alerts = alertsFor(analysis, tree, child.code, fund, 'selected');
      const worst = SEVERITIES.find((s) => alerts.some((a) => a.severity === s)) ?? null;
      const red = alerts.filter((a) => a.severity === 'red').length;
      const noData = alerts.length === 0 && fundStatusOf(analysis, child.code, fund) === undefined && coverageOf(analysis, child.code) === undefined;
      return { region: child, alerts: alerts.length, red, worst, noData };
    })
    .sort((a, b) => order(a) - order(b) || b.red - a.red || b.alerts - a.alerts || compareCodes(a.region.code, b.region.code))
    .slice(0, rows);
}
