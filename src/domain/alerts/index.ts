// All alert rules that work on coverage rows and fund statuses.
import type { Policy } from '../policy/types';
import type { Alert, FundStatus, Quarter } from '../types';
import { accumulatedNegativeAlerts } from './accumulatedNegative';
import { balanceRateAlerts } from './balanceRate';
import { currentDeficitAlerts } from './currentDeficit';
import type { RegionName } from './message';
import { monthsPayableAlerts } from './monthsPayable';
import { sortAlerts } from './sort';

export { coverageAlerts } from './coverage';
export { sortAlerts } from './sort';
export type { RegionName } from './message';
export { accumulatedNegativeAlerts, balanceRateAlerts, currentDeficitAlerts, monthsPayableAlerts };
export { advanceRatioAlerts } from './advanceRatio';
export { budgetExecutionAlerts } from './budgetExecution';
export { growthGapAlerts } from './growthGap';
export { transferLateAlerts } from './transferLate';
export { transferNotReceivedAlerts } from './transferNotReceived';

/**
 * Fund alerts of `quarter`. `statuses` may (and should) hold the history
 * too: only the statuses of `quarter` are judged, the earlier ones feed the
 * trailing average quoted in the months-payable sentence.
 */
export function fundAlerts(statuses: FundStatus[], regionName: RegionName, quarter: Quarter, policy: Policy): Alert[] {
  const series = new Map<string, FundStatus[]>();
  for (const s of statuses) {
    const key = `${s.regionCode}|${s.fund}`;
    const list = series.get(key);
    if (list === undefined) series.set(key, [s]);
    else list.push(s);
  }
  const alerts: Alert[] = [];
  for (const s of statuses) {
    if (s.quarter !== quarter) continue;
    alerts.push(
      ...currentDeficitAlerts(s, regionName, policy),
      ...balanceRateAlerts(s, regionName, policy),
      ...accumulatedNegativeAlerts(s, regionName, policy),
      ...monthsPayableAlerts(s, series.get(`${s.regionCode}|${s.fund}`) ?? [s], regionName, policy),
    );
  }
  return sortAlerts(alerts);
}
