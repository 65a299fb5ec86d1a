// Rule `growth_gap`: spending grows faster than income, year on year, year
// to date (a fund heading for a deficit before it has one).
import { classify } from '../policy/bands';
import { fixed, formatPercent, formatWan, type Decimal } from '../money';
import type { Lang } from '../lang';
import type { Policy } from '../policy/types';
import { sameQuarterLastYear } from '../quarter';
import type { Alert, FundStatus, Quarter } from '../types';
import { comparison, severityNote, subject, wanEn, type RegionName } from './message';
import { alertHead } from './alert';

/** Percentage points: 0.1259 → "12.59 个百分点" / "12.59 percentage points". */
export function percentagePoints(rate: Decimal, lang: Lang = 'zh'): string {
  return lang === 'en' ? `${fixed(rate.times(100), 2)} percentage points` : `${fixed(rate.times(100), 2)} 个百分点`;
}

/**
 * gap = (ytdExpenditure / last year's ytdExpenditure − 1) − (ytdIncome /
 * last year's ytdIncome − 1), for cities and the province at `quarter`.
 * Skipped when last year's same quarter is missing or either of its YTD
 * figures is zero (no growth rate exists).
 */
export function growthGapAlerts(statuses: readonly FundStatus[], regionName: RegionName, quarter: Quarter, policy: Policy): Alert[] {
  const lastQuarter = sameQuarterLastYear(quarter);
  const last = new Map(statuses.filter((s) => s.quarter === lastQuarter).map((s) => [`${s.regionCode}|${s.fund}`, s]));
  const alerts: Alert[] = [];
  for (const s of statuses) {
    if (s.quarter !== quarter || s.level === 'county') continue;
    const before = last.get(`${s.regionCode}|${s.fund}`);
    if (before === undefined || before.ytdIncome.isZero() || before.ytdExpenditure.isZero()) continue;
    const expenditureGrowth = s.ytdExpenditure.div(before.ytdExpenditure).minus(1);
    const incomeGrowth = s.ytdIncome.div(before.ytdIncome).minus(1);
    const gap = expenditureGrowth.minus(incomeGrowth);
    const c = classify(gap, policy.thresholds.growth_gap);
    if (c === null) continue;
    alerts.push({
      ...alertHead('growth_gap', c, { regionCode: s.regionCode, fund: s.fund, quarter }, gap),
      message:
        `${subject(regionName, s.regionCode, s.fund)} 收支增速差 = 年初至今支出同比增长 ${formatPercent(expenditureGrowth)}` +
        `（${formatWan(s.ytdExpenditure)} ÷ 上年同期 ${formatWan(before.ytdExpenditure)} − 1）− 收入同比增长 ${formatPercent(incomeGrowth)}` +
        `（${formatWan(s.ytdIncome)} ÷ 上年同期 ${formatWan(before.ytdIncome)} − 1）= ${percentagePoints(gap)}，` +
        `${comparison(c)} ${percentagePoints(c.threshold)}${severityNote(c)}`,
      messageEn:
        `${subject(regionName, s.regionCode, s.fund, 'en')} growth gap = expenditure growth year on year, year to date, ${formatPercent(expenditureGrowth)}` +
        ` (${wanEn(s.ytdExpenditure)} ÷ same period last year ${wanEn(before.ytdExpenditure)} − 1) − income growth ${formatPercent(incomeGrowth)}` +
        ` (${wanEn(s.ytdIncome)} ÷ same period last year ${wanEn(before.ytdIncome)} − 1) = ${percentagePoints(gap, 'en')}, ` +
        `${comparison(c, 'en')} ${percentagePoints(c.threshold, 'en')}${severityNote(c, 'en')}`,
    });
  }
  return alerts;
}
