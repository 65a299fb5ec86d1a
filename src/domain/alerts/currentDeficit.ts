// Rule `current_deficit`: income minus expenditure below the band, checked
// for the year to date and for the quarter alone.
import { classify } from '../policy/bands';
import type { Decimal } from '../money';
import type { Policy } from '../policy/types';
import { parseQuarter } from '../quarter';
import type { Alert, FundStatus } from '../types';
import { figure, type RegionName } from './message';
import { raise } from './alert';

/**
 * Year to date first; in Q1 the quarter is the year to date, so it is checked
 * once. A seasonal fund (policy `seasonal_funds`) is judged on the year to
 * date only: its Q2–Q4 spend the contributions collected in Q1.
 */
export function currentDeficitAlerts(status: FundStatus, regionName: RegionName, policy: Policy): Alert[] {
  const periods: { period: 'ytd' | 'quarter'; income: Decimal; expenditure: Decimal; balance: Decimal }[] = [
    { period: 'ytd', income: status.ytdIncome, expenditure: status.ytdExpenditure, balance: status.ytdCurrentBalance },
  ];
  if (parseQuarter(status.quarter).q > 1 && !policy.seasonal_funds.includes(status.fund)) {
    periods.push({ period: 'quarter', income: status.income, expenditure: status.expenditure, balance: status.currentBalance });
  }
  const alerts: Alert[] = [];
  for (const p of periods) {
    const c = classify(p.balance, policy.thresholds.current_deficit);
    if (c === null) continue;
    alerts.push({
      ...raise('current_deficit', c, status, p.balance, regionName, 'alert.current_deficit', {
        period: p.period,
        income: figure(p.income),
        expenditure: figure(p.expenditure),
        balance: figure(p.balance),
        threshold: figure(c.threshold),
      }),
      period: p.period,
    });
  }
  return alerts;
}
