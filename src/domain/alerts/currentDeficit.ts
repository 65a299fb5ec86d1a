// Rule `current_deficit`: income minus expenditure below the band, checked
// for the year to date and for the quarter alone.
import { classify } from '../policy/bands';
import { formatWan, type Decimal } from '../money';
import type { Policy } from '../policy/types';
import { parseQuarter } from '../quarter';
import type { Alert, FundStatus } from '../types';
import { comparison, severityNote, subject, wanEn, type RegionName } from './message';
import { alertHead } from './alert';

/**
 * Year to date first; in Q1 the quarter is the year to date, so it is checked
 * once. A seasonal fund (policy `seasonal_funds`) is judged on the year to
 * date only: its Q2–Q4 spend the contributions collected in Q1.
 */
export function currentDeficitAlerts(status: FundStatus, regionName: RegionName, policy: Policy): Alert[] {
  const periods: { period: 'ytd' | 'quarter'; label: string; labelEn: string; income: Decimal; expenditure: Decimal; balance: Decimal }[] = [
    { period: 'ytd', label: '年初至今', labelEn: 'year to date', income: status.ytdIncome, expenditure: status.ytdExpenditure, balance: status.ytdCurrentBalance },
  ];
  if (parseQuarter(status.quarter).q > 1 && !policy.seasonal_funds.includes(status.fund)) {
    periods.push({ period: 'quarter', label: '本季度', labelEn: 'this quarter', income: status.income, expenditure: status.expenditure, balance: status.currentBalance });
  }
  const alerts: Alert[] = [];
  for (const p of periods) {
    const c = classify(p.balance, policy.thresholds.current_deficit);
    if (c === null) continue;
    alerts.push({
      ...alertHead('current_deficit', c, status, p.balance),
      period: p.period,
      message:
        `${subject(regionName, status.regionCode, status.fund)} ${p.label}当期结余 = ` +
        `收入 ${formatWan(p.income)} − 支出 ${formatWan(p.expenditure)} = ${formatWan(p.balance)}，` +
        `${comparison(c)} ${formatWan(c.threshold)}${severityNote(c)}`,
      messageEn:
        `${subject(regionName, status.regionCode, status.fund, 'en')} current balance ${p.labelEn} = ` +
        `income ${wanEn(p.income)} − expenditure ${wanEn(p.expenditure)} = ${wanEn(p.balance)}, ` +
        `${comparison(c, 'en')} ${wanEn(c.threshold)}${severityNote(c, 'en')}`,
    });
  }
  return alerts;
}
