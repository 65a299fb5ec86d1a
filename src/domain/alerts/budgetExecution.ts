// Rule `budget_execution` (序时进度): income collected behind, or money
// spent ahead of, the share of the year that has passed.
import { classify } from '../policy/bands';
import type { Budget } from '../inputTypes';
import { formatPercent, formatWan, ZERO } from '../money';
import type { Policy } from '../policy/types';
import { elapsedShare, parseQuarter } from '../quarter';
import type { Alert, FundStatus, Quarter } from '../types';
import { percentagePoints } from './growthGap';
import { comparison, severityNote, subject, wanEn, type RegionName } from './message';
import { alertHead } from './alert';

/**
 * Per region (any level) and fund with a budget of the quarter's year:
 * income: value = elapsed − YTD income ÷ income budget (behind schedule);
 * expenditure: value = YTD expenditure ÷ expenditure budget − elapsed
 * (ahead of schedule); each judged by the bands of budget_execution. A zero
 * budget has no execution rate; a region without fund data at the quarter
 * is not judged (its YTD is unknown, not zero).
 */
export function budgetExecutionAlerts(
  statuses: readonly FundStatus[],
  budgets: readonly Budget[],
  regionName: RegionName,
  quarter: Quarter,
  policy: Policy,
): Alert[] {
  const year = parseQuarter(quarter).year;
  const elapsed = elapsedShare(quarter);
  const status = new Map(statuses.filter((s) => s.quarter === quarter).map((s) => [`${s.regionCode}|${s.fund}`, s]));
  const alerts: Alert[] = [];
  for (const b of budgets) {
    if (b.year !== year || b.amount.lte(ZERO)) continue;
    const s = status.get(`${b.regionCode}|${b.fund}`);
    if (s === undefined) continue;
    const income = b.direction === 'income';
    const actual = income ? s.ytdIncome : s.ytdExpenditure;
    const execution = actual.div(b.amount);
    const value = income ? elapsed.minus(execution) : execution.minus(elapsed);
    const c = classify(value, policy.thresholds.budget_execution);
    if (c === null) continue;
    const what = income ? '收入' : '支出';
    const formula = income
      ? `序时进度 ${formatPercent(elapsed)} − ${what}执行率 ${formatPercent(execution)}`
      : `${what}执行率 ${formatPercent(execution)} − 序时进度 ${formatPercent(elapsed)}`;
    const whatEn = income ? 'income' : 'expenditure';
    const formulaEn = income
      ? `time elapsed ${formatPercent(elapsed)} − ${whatEn} execution ${formatPercent(execution)}`
      : `${whatEn} execution ${formatPercent(execution)} − time elapsed ${formatPercent(elapsed)}`;
    alerts.push({
      ...alertHead('budget_execution', c, { regionCode: b.regionCode, fund: b.fund, quarter }, value),
      message:
        `${subject(regionName, b.regionCode, b.fund)} 年初至今${what} ${formatWan(actual)} ÷ 年度预算 ${formatWan(b.amount)} = ` +
        `执行率 ${formatPercent(execution)}；${income ? '落后' : '超前'}序时进度 = ${formula} = ${percentagePoints(value)}，` +
        `${comparison(c)} ${percentagePoints(c.threshold)}${severityNote(c)}`,
      messageEn:
        `${subject(regionName, b.regionCode, b.fund, 'en')} ${whatEn} year to date ${wanEn(actual)} ÷ annual budget ${wanEn(b.amount)} = ` +
        `execution ${formatPercent(execution)}; ${income ? 'behind' : 'ahead of'} schedule = ${formulaEn} = ${percentagePoints(value, 'en')}, ` +
        `${comparison(c, 'en')} ${percentagePoints(c.threshold, 'en')}${severityNote(c, 'en')}`,
    });
  }
  return alerts;
}
