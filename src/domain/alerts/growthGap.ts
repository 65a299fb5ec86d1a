// Rule `growth_gap`: spending grows faster than income, year on year, year
// to date (a fund heading for a deficit before it has one).
import { classify } from '../policy/bands';
import type { Policy } from '../policy/types';
import { compareQuarters, parseQuarter, quarterOf, sameQuarterLastYear } from '../quarter';
import type { Alert, FundStatus, Quarter } from '../types';
import { figure, type RegionName } from './message';
import { raise } from './alert';

/**
 * gap = (ytdExpenditure / last year's ytdExpenditure − 1) − (ytdIncome /
 * last year's ytdIncome − 1), for every region (county, city, province) at
 * `quarter`, as DOMAIN.md's table has it: a county whose spending outgrows
 * its income is the early sign a city's pool inherits.
 * Skipped when last year's same quarter is missing or either of its YTD
 * figures is zero (no growth rate exists), and when the region/fund's data
 * begin after last year's Q1: last year's "year to date" would then hold
 * only the quarters the data have (a data set from 2023Q3 compares one
 * quarter of 2023 with three of 2024), not a smaller year.
 */
export function growthGapAlerts(statuses: readonly FundStatus[], regionName: RegionName, quarter: Quarter, policy: Policy): Alert[] {
  const lastQuarter = sameQuarterLastYear(quarter);
  const last = new Map(statuses.filter((s) => s.quarter === lastQuarter).map((s) => [`${s.regionCode}|${s.fund}`, s]));
  const lastYearStart = quarterOf(parseQuarter(lastQuarter).year, 1);
  const first = new Map<string, Quarter>();
  for (const s of statuses) {
    const key = `${s.regionCode}|${s.fund}`;
    const seen = first.get(key);
    if (seen === undefined || compareQuarters(s.quarter, seen) < 0) first.set(key, s.quarter);
  }
  const alerts: Alert[] = [];
  for (const s of statuses) {
    if (s.quarter !== quarter) continue;
    const before = last.get(`${s.regionCode}|${s.fund}`);
    if (before === undefined || before.ytdIncome.isZero() || before.ytdExpenditure.isZero()) continue;
    if (compareQuarters(first.get(`${s.regionCode}|${s.fund}`) ?? lastQuarter, lastYearStart) > 0) continue;
    const expenditureGrowth = s.ytdExpenditure.div(before.ytdExpenditure).minus(1);
    const incomeGrowth = s.ytdIncome.div(before.ytdIncome).minus(1);
    const gap = expenditureGrowth.minus(incomeGrowth);
    const c = classify(gap, policy.thresholds.growth_gap);
    if (c === null) continue;
    alerts.push(
      raise('growth_gap', c, { regionCode: s.regionCode, fund: s.fund, quarter }, gap, regionName, 'alert.growth_gap', {
        expenditureGrowth: figure(expenditureGrowth),
        expenditure: figure(s.ytdExpenditure),
        expenditureBefore: figure(before.ytdExpenditure),
        incomeGrowth: figure(incomeGrowth),
        income: figure(s.ytdIncome),
        incomeBefore: figure(before.ytdIncome),
        gap: figure(gap),
        threshold: figure(c.threshold),
      }),
    );
  }
  return alerts;
}
