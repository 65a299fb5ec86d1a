// Rule `balance_rate`: year-to-date current balance rate (当期结余率).
import { classify } from '../policy/bands';
import { message } from '../messages/codes';
import type { Policy } from '../policy/types';
import type { Alert, FundStatus } from '../types';
import { about, figure, type RegionName } from './message';
import { alertHead } from './alert';

export function balanceRateAlerts(status: FundStatus, regionName: RegionName, policy: Policy): Alert[] {
  if (status.balanceRate === null) return [];
  const c = classify(status.balanceRate, policy.thresholds.balance_rate);
  if (c === null) return [];
  return [
    {
      ...alertHead('balance_rate', c, status, status.balanceRate),
      text: message('alert.balance_rate', {
        ...about(regionName, status.regionCode, status.fund, c),
        balance: figure(status.ytdCurrentBalance),
        income: figure(status.ytdIncome),
        rate: figure(status.balanceRate),
        threshold: figure(c.threshold),
      }),
    },
  ];
}
