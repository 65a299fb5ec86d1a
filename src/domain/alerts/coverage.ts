// Rule `coverage`: recipient enrollment rate below target.
import { classify } from '../policy/bands';
import { message } from '../messages/codes';
import { coverageTarget } from '../policy/policy';
import type { Policy } from '../policy/types';
import type { Alert, CoverageRow, Quarter } from '../types';
import { band, figure, type RegionName } from './message';
import { sortAlerts } from './sort';
import { alertHead } from './alert';

/** One alert per region (any level) whose all-category rate falls in a band. */
export function coverageAlerts(rows: CoverageRow[], regionName: RegionName, quarter: Quarter, policy: Policy): Alert[] {
  const target = coverageTarget(policy);
  const alerts: Alert[] = [];
  for (const row of rows) {
    if (row.category !== null || row.rate === null) continue;
    const c = classify(row.rate, policy.thresholds.coverage);
    if (c === null) continue;
    alerts.push({
      ...alertHead('coverage', c, { regionCode: row.regionCode, fund: null, quarter }, row.rate),
      text: message('alert.coverage', {
        ...band(c),
        region: regionName(row.regionCode),
        enrolled: row.enrolled,
        recipients: row.recipients,
        rate: figure(row.rate),
        threshold: figure(c.threshold),
        isTarget: c.threshold.eq(target),
      }),
    });
  }
  return sortAlerts(alerts);
}
