// Rule `budget_execution` (序时进度): income collected behind, or money
// spent ahead of, the share of the year that has passed.
import { classify } from '../policy/bands';
import type { Budget } from '../inputTypes';
import { ZERO } from '../money';
import type { Policy } from '../policy/types';
import { elapsedShare, parseQuarter } from '../quarter';
import type { Alert, FundStatus, Quarter } from '../types';
import { figure, type RegionName } from './message';
import { raise } from './alert';

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
    alerts.push(
      raise('budget_execution', c, { regionCode: b.regionCode, fund: b.fund, quarter }, value, regionName, 'alert.budget_execution', {
        direction: b.direction,
        actual: figure(actual),
        budget: figure(b.amount),
        execution: figure(execution),
        elapsed: figure(elapsed),
        value: figure(value),
        threshold: figure(c.threshold),
      }),
    );
  }
  return alerts;
}
