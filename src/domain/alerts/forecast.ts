// Rule `forecast` (预测预警): the seasonal projection (../forecast.ts) says
// the fund will cross a band it has not crossed yet. The projection is
// measured with the present's own bands (months_payable and
// accumulated_negative), so a warning means "this alert will be raised by
// the year end unless something changes".
import { classify, type Classification } from '../policy/bands';
import { SEASONAL_METHOD_MARK } from '../forecast';
import { fixed, formatWan, type Decimal } from '../money';
import type { Policy } from '../policy/types';
import { quarterLabel } from '../quarter';
import { SEVERITIES, type Alert, type ForecastPoint, type FundForecast, type FundStatus, type Quarter } from '../types';
import type { Lang } from '../lang';
import { comparison, severityNote, subject, wanEn, type RegionName } from './message';
import { sortAlerts } from './sort';
import { alertHead } from './alert';

/** Lower is worse; no band (normal) ranks after every severity. */
function rank(c: Classification | null): number {
  return c === null ? SEVERITIES.length : SEVERITIES.indexOf(c.severity);
}

/** A band entered from above (lt/lte): too little money. Blue/yellow "too much" bands are entered from below. */
function isShortage(c: Classification): boolean {
  return c.bound === 'lt' || c.bound === 'lte';
}

function basis(forecast: FundForecast, lang: Lang = 'zh'): string {
  const seasonal = forecast.method.includes(SEASONAL_METHOD_MARK);
  if (lang === 'en') return seasonal ? 'projected by the seasonal pattern of past years' : 'projected by recent average income and expenditure';
  return seasonal ? '按往年季节规律预测' : '按近期平均收支预测';
}

function monthsText(months: Decimal | null, lang: Lang = 'zh'): string {
  if (lang === 'en') return months === null ? 'not computable' : `${fixed(months, 2)} months`;
  return months === null ? '无法计算' : `${fixed(months, 2)} 个月`;
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
    const turnsNegative = c.threshold.isZero() && !current.isNegative();
    const crossing = turnsNegative ? '将由正转负' : `将${comparison(c)} ${formatWan(c.threshold)}`;
    const crossingEn = turnsNegative ? 'turning negative' : `going ${comparison(c, 'en')} ${wanEn(c.threshold)}`;
    return {
      ...alertHead('forecast', c, { regionCode: forecast.regionCode, fund: forecast.fund, quarter: status.quarter }, months, threshold),
      message:
        `${subject(regionName, forecast.regionCode, forecast.fund)} ${basis(forecast)}，` +
        `${quarterLabel(point.quarter)}末累计结余 ${formatWan(point.accumulatedBalance)}，${crossing}` +
        `（当前 ${formatWan(current)}）${severityNote(c)}`,
      messageEn:
        `${subject(regionName, forecast.regionCode, forecast.fund, 'en')} ${basis(forecast, 'en')}: ` +
        `accumulated balance at the end of ${quarterLabel(point.quarter, 'en')} ${wanEn(point.accumulatedBalance)}, ${crossingEn}` +
        ` (now ${wanEn(current)})${severityNote(c, 'en')}`,
    };
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
  // average monthly expenditure = balance ÷ months; a zero balance does not tell it, so it is left out.
  const average = months.isZero() ? '月均支出' : `月均支出 ${formatWan(end.accumulatedBalance.div(months))}`;
  const averageEn = months.isZero()
    ? 'average monthly expenditure'
    : `average monthly expenditure ${wanEn(end.accumulatedBalance.div(months))}`;
  return {
    ...alertHead('forecast', c, { regionCode: forecast.regionCode, fund: forecast.fund, quarter: status.quarter }, months),
    message:
      `${subject(regionName, forecast.regionCode, forecast.fund)} ${basis(forecast)}，` +
      `${quarterLabel(end.quarter)}末累计结余可支付月数 = 累计结余 ${formatWan(end.accumulatedBalance)} ÷ ` +
      `${average} = ${fixed(months, 2)} 个月，` +
      `${comparison(c)} ${c.threshold.toString()} 个月（当前 ${monthsText(status.monthsPayable)}）${severityNote(c)}`,
    messageEn:
      `${subject(regionName, forecast.regionCode, forecast.fund, 'en')} ${basis(forecast, 'en')}: ` +
      `months payable at the end of ${quarterLabel(end.quarter, 'en')} = accumulated balance ${wanEn(end.accumulatedBalance)} ÷ ` +
      `${averageEn} = ${fixed(months, 2)} months, ` +
      `${comparison(c, 'en')} ${c.threshold.toString()} months (now ${monthsText(status.monthsPayable, 'en')})${severityNote(c, 'en')}`,
  };
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
