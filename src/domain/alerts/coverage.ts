// Rule `coverage`: recipient enrollment rate below target.
import { classify } from '../policy/bands';
import { formatCount, formatPercent } from '../money';
import { coverageTarget } from '../policy/policy';
import type { Policy } from '../policy/types';
import type { Alert, CoverageRow, Quarter } from '../types';
import { comparison, severityNote, type RegionName } from './message';
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
    const isTarget = c.threshold.eq(target);
    const against = isTarget ? '目标 ' : ' ';
    alerts.push({
      ...alertHead('coverage', c, { regionCode: row.regionCode, fund: null, quarter }, row.rate),
      message:
        `${regionName(row.regionCode)} 救助对象参保率 = 已参保 ${formatCount(row.enrolled)} 人 ÷ ` +
        `救助对象 ${formatCount(row.recipients)} 人 = ${formatPercent(row.rate)}，` +
        `${comparison(c)}${against}${formatPercent(c.threshold)}${severityNote(c)}`,
      messageEn:
        `${regionName(row.regionCode)} recipient enrollment rate = enrolled ${formatCount(row.enrolled)} ÷ ` +
        `recipients ${formatCount(row.recipients)} = ${formatPercent(row.rate)}, ` +
        `${comparison(c, 'en')} ${isTarget ? 'the target ' : ''}${formatPercent(c.threshold)}${severityNote(c, 'en')}`,
    });
  }
  return sortAlerts(alerts);
}
