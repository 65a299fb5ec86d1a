import { RULE_IDS } from '../policy/rules';
import { FUNDS, SEVERITIES, type Alert } from '../types';

/**
 * Worst severity first, then rule order (DOMAIN.md table), region code and
 * fund. The sort is stable, so alerts equal on all of these keep the order
 * the rule emitted them in (e.g. year to date before the quarter alone).
 */
export function sortAlerts(alerts: Alert[]): Alert[] {
  return [...alerts].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule) ||
      (a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : 0) ||
      (a.fund === null ? -1 : FUNDS.indexOf(a.fund)) - (b.fund === null ? -1 : FUNDS.indexOf(b.fund)),
  );
}
