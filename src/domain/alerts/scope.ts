// How many alerts: the one definition every count uses (the overview's KPI,
// the alerts page, the big screen, the report's risk ranking). A count is
// always "the alerts of the quarter raised for a region and every region
// below it, for one fund or for both funds"; an alert of no fund (coverage)
// concerns both funds and counts under either. A place that shows fewer than
// its count (a page of the list, the big screen's rolling worst) says so.
import { SEVERITIES, type Alert, type Fund, type RegionCode, type Severity } from '../types';
import { sortAlerts } from './sort';

/** Alerts in the scope, worst first (sortAlerts). `codes` null = every region; `fund` null = both funds. */
export function alertsInScope(alerts: readonly Alert[], codes: ReadonlySet<RegionCode> | null, fund: Fund | null): Alert[] {
  return sortAlerts(alerts.filter((a) => (codes === null || codes.has(a.regionCode)) && (fund === null || a.fund === null || a.fund === fund)));
}

export function countBySeverity(alerts: readonly Alert[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const alert of alerts) counts[alert.severity] += 1;
  return counts;
}
