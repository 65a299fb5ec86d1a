// Rule `accumulated_negative`: the fund has spent more than it ever had.
import { classify } from '../policy/bands';
import type { Policy } from '../policy/types';
import type { Alert, FundStatus } from '../types';
import { figure, type RegionName } from './message';
import { raise } from './alert';

export function accumulatedNegativeAlerts(status: FundStatus, regionName: RegionName, policy: Policy): Alert[] {
  const { accumulatedBalance, openingBalance } = status;
  if (accumulatedBalance === null || openingBalance === null) return [];
  const c = classify(accumulatedBalance, policy.thresholds.accumulated_negative);
  if (c === null) return [];
  return [
    raise('accumulated_negative', c, status, accumulatedBalance, regionName, 'alert.accumulated_negative', {
      opening: figure(openingBalance),
      income: figure(status.ytdIncome),
      expenditure: figure(status.ytdExpenditure),
      balance: figure(accumulatedBalance),
      threshold: figure(c.threshold),
    }),
  ];
}
