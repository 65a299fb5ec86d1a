// Rule `forecast` (预测预警): the seasonal projection (../forecast.ts) says
// the fund will cross a band it has not crossed yet. The projection is
// measured with the present's own bands (months_payable and
// accumulated_negative), so a warning means "this alert will be raised by
// the year end unless something changes".
import { classify, type Classification } from '../policy/bands';
import { SEASONAL_METHOD_MARK } from '../forecast';
import type { Policy } from '../policy/types';
import { SEVERITIES, type Alert, type ForecastPoint, type FundForecast, type FundStatus, type Quarter } from '../types';
import { figure, type RegionName } from './message';
import { sortAlerts } from './sort';
import { raise } from './alert';

/** Lower is worse; no band (normal) ranks after every severity. */
function rank(c: Classification | null): number {
  return c === null ? SEVERITIES.length : SEVERITIES.indexOf(c.severity);
}

/** A band entered from above (lt/lte): too little money. Blue/yellow "too much" bands are entered from below. */
function isShortage(c: Classification): boolean {
  return c.bound === 'lt' || c.bound === 'lte';
}

/** Projected by the seasonal pattern of past years (else by recent averages). */
function seasonal(forecast: FundForecast): boolean {
  return forecast.method.includes(SEASONAL_METHOD_MARK);
}

/**
 * The balance goes below a band the present balance is not in. Value and
 * threshold are months payable (the rule's value kind): the projected
 * months at that quarter, and the band's bound in months of the same
 * average expenditure (a bound of 0 yuan is 0 months).
 */
function balanceAlert(forecast: FundForecast, status: FundStatus, regionName: RegionName, policy: Policy): Alert | null {
  const current = status.accumulatedBalance;
  if (current === null) return null;
  const bands = policy.thresholds.accumulated_negative;
  const now = classify(current, bands);
  for (const point of forecast.points) {
    const c = classify(point.accumulatedBalance, bands);
    if (c === null || rank(c) >= rank(now)) continue;
    const months = point.monthsPayable;
    // average monthly expenditure = balance ÷ months; a balance below a band is never 0, so this divides.
    if (months === null || point.accumulatedBalance.isZero()) return null;
    const threshold = c.threshold.times(months).div(point.accumulatedBalance);
    return raise('forecast', c, { regionCode: forecast.regionCode, fund: forecast.fund, quarter: status.quarter }, months, regionName, 'alert.forecast_balance', {
      seasonal: seasonal(forecast),
      quarter: point.quarter,
      balance: figure(point.accumulatedBalance),
      turnsNegative: c.threshold.isZero() && !current.isNegative(),
      threshold: figure(c.threshold),
      current: figure(current),
    }, threshold);
  }
  return null;
}

/** Months payable at the end of the horizon falls into a worse shortage band than today's. */
function monthsAlert(forecast: FundForecast, status: FundStatus, regionName: RegionName, policy: Policy): Alert | null {
  const end: ForecastPoint | undefined = forecast.points.at(-1);
  if (end === undefined || end.monthsPayable === null) return null;
  const months = end.monthsPayable;
  // Months of a balance below zero say nothing more than the balance alert does.
  if (classify(end.accumulatedBalance, policy.thresholds.accumulated_negative) !== null) return null;
  const bands = policy.thresholds.months_payable;
  const c = classify(months, bands);
  if (c === null || !isShortage(c)) return null;
  const now = status.monthsPayable === null ? null : classify(status.monthsPayable, bands);
  if (rank(c) >= rank(now)) return null;
  return raise('forecast', c, { regionCode: forecast.regionCode, fund: forecast.fund, quarter: status.quarter }, months, regionName, 'alert.forecast_months', {
    seasonal: seasonal(forecast),
    quarter: end.quarter,
    balance: figure(end.accumulatedBalance),
    // average monthly expenditure = balance ÷ months; a zero balance does not tell it, so it is left out.
    average: months.isZero() ? null : figure(end.accumulatedBalance.div(months)),
    months: figure(months),
    threshold: figure(c.threshold),
    current: status.monthsPayable === null ? null : figure(status.monthsPayable),
  });
}

/**
 * Forecast alerts of `quarter`: at most two per region and fund, one when the
 * projected balance first falls into a worse accumulated_negative band than
 * today's, one when the year-end months payable falls into a worse shortage
 * band (red/orange by default) than today's. `statuses` are the selected
 * quarter's (others are ignored).
 */
export function forecastAlerts(
  forecasts: FundForecast[],
  statuses: FundStatus[],
  regionName: RegionName,
  quarter: Quarter,
  policy: Policy,
): Alert[] {
  const now = new Map<string, FundStatus>();
  for (const s of statuses) if (s.quarter === quarter) now.set(`${s.regionCode}|${s.fund}`, s);
  const alerts: Alert[] = [];
  for (const forecast of forecasts) {
    const status = now.get(`${forecast.regionCode}|${forecast.fund}`);
    if (status === undefined || forecast.from !== quarter) continue;
    for (const alert of [
      balanceAlert(forecast, status, regionName, policy),
      monthsAlert(forecast, status, regionName, policy),
    ]) {
      if (alert !== null) alerts.push(alert);
    }
  }
  return sortAlerts(alerts);
}
