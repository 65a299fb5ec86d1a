// Rule `months_payable`: too few months of expenditure in the balance (red,
// orange), or too many (blue "high", yellow "excess": money lying idle).
import { classify } from '../policy/bands';
import { compareQuarters } from '../quarter';
import { fixed, formatWan, ZERO, type Decimal } from '../money';
import { averageMonthlyExpenditure, monthsPayable } from '../monthsPayable';
import { monthsPayableWindow } from '../fundStatus';
import type { Policy } from '../policy/types';
import type { Alert, FundStatus } from '../types';
import { comparison, severityNote, subject, wanEn, type RegionName } from './message';
import { alertHead } from './alert';

/**
 * `series` are the statuses of the same region and fund (any quarters); the
 * trailing average shown in the sentence is rebuilt from them. If they do
 * not reproduce the status's own value (history not passed in), the
 * sentence leaves the average out rather than print a wrong one.
 */
export function monthsPayableAlerts(
  status: FundStatus,
  series: FundStatus[],
  regionName: RegionName,
  policy: Policy,
): Alert[] {
  const { accumulatedBalance, monthsPayable: months } = status;
  if (accumulatedBalance === null || months === null) return [];
  const c = classify(months, policy.thresholds.months_payable);
  if (c === null) return [];

  const quarters = series.map((s) => s.quarter).sort(compareQuarters);
  const first = quarters[0] ?? status.quarter;
  const window = monthsPayableWindow(status.quarter, policy.months_payable_window_quarters, first);
  const expenditure = new Map(series.map((s): [string, Decimal] => [s.quarter, s.expenditure]));
  const spent = window.map((q) => expenditure.get(q) ?? ZERO);
  const average = averageMonthlyExpenditure(spent);
  const consistent = average !== null && monthsPayable(accumulatedBalance, spent)?.eq(months) === true;
  const formula = consistent
    ? `累计结余 ${formatWan(accumulatedBalance)} ÷ 近${window.length}个季度月均支出 ${formatWan(average)}`
    : `累计结余 ${formatWan(accumulatedBalance)} ÷ 月均支出`;
  const formulaEn = consistent
    ? `accumulated balance ${wanEn(accumulatedBalance)} ÷ average monthly expenditure over the last ${window.length} quarter${window.length === 1 ? '' : 's'} ${wanEn(average)}`
    : `accumulated balance ${wanEn(accumulatedBalance)} ÷ average monthly expenditure`;
  return [
    {
      ...alertHead('months_payable', c, status, months),
      message:
        `${subject(regionName, status.regionCode, status.fund)} 累计结余可支付月数 = ${formula} = ` +
        `${fixed(months, 2)} 个月，${comparison(c)} ${c.threshold.toString()} 个月${severityNote(c)}`,
      messageEn:
        `${subject(regionName, status.regionCode, status.fund, 'en')} months payable = ${formulaEn} = ` +
        `${fixed(months, 2)} months, ${comparison(c, 'en')} ${c.threshold.toString()} months${severityNote(c, 'en')}`,
    },
  ];
}
