// Rule `accumulated_negative`: the fund has spent more than it ever had.
import { classify } from '../policy/bands';
import type { Policy } from '../policy/types';
import type { Alert, FundStatus } from '../types';
import { message } from '../messages/codes';
import { about, figure, type RegionName } from './message';
import { alertHead } from './alert';

export function accumulatedNegativeAlerts(status: FundStatus, regionName: RegionName, policy: Policy): Alert[] {
  const { accumulatedBalance, openingBalance } = status;
  if (accumulatedBalance === null || openingBalance === null) return [];
  const c = classify(accumulatedBalance, policy.thresholds.accumulated_negative);
  if (c === null) return [];
  return [
    {
      ...alertHead('accumulated_negative', c, status, accumulatedBalance),
      text: message('alert.accumulated_negative', {
        ...about(regionName, status.regionCode, status.fund, c),
        opening: figure(openingBalance),
        income: figure(status.ytdIncome),
        expenditure: figure(status.ytdExpenditure),
        balance: figure(accumulatedBalance),
        threshold: figure(c.threshold),
      }),
    },
  ];
}
