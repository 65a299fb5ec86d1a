// Rule `balance_rate`: year-to-date current balance rate (当期结余率).
import { classify } from '../policy/bands';
import type { Policy } from '../policy/types';
import type { Alert, FundStatus } from '../types';
import { figure, type RegionName } from './message';
import { raise } from './alert';

export function balanceRateAlerts(status: FundStatus, regionName: RegionName, policy: Policy): Alert[] {
  if (status.balanceRate === null) return [];
  const c = classify(status.balanceRate, policy.thresholds.balance_rate);
  if (c === null) return [];
  return [
    raise('balance_rate', c, status, status.balanceRate, regionName, 'alert.balance_rate', {
      balance: figure(status.ytdCurrentBalance),
      income: figure(status.ytdIncome),
      rate: figure(status.balanceRate),
      threshold: figure(c.threshold),
    }),
  ];
}
