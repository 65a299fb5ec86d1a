// How the report words a number and its change. A change is taken between
// the rounded figures the reader sees, so "2.30 个月，较上季度下降 1.21 个月"
// always agrees with the 3.51 printed in the table next to it.
import type { Lang } from '../domain/lang';
import { changeSign, Dec, fixed, formatCount, formatNumber, formatPercent, formatPoints, type Decimal } from '../domain/money';
import { formatMoney } from '../domain/moneyUnit';
import { monthsPayableInFull } from '../domain/monthsPayableText';

export function monthsFigure(d: Decimal): string {
  return fixed(d, 2);
}

/**
 * Months payable in a table cell (the head names the unit): "7.17", or
 * "已透支（计算值 -0.60）" — a printed page has no hover, so the figure stays in brackets.
 */
export function monthsCell(d: Decimal | null | undefined, lang: Lang): string {
  return d === null || d === undefined ? '—' : monthsPayableInFull(d, lang, 2, (figure) => figure);
}

/** Percent with two decimals, as a Decimal of percentage points ("99.62" → 99.62). */
function percentFigure(rate: Decimal): Decimal {
  return new Dec(fixed(rate.times(100), 2));
}

/** "下降 1.21 个月" / "上升 0.40 个月" / "持平" between two displayed month figures; English "down 1.21 months" / "up 0.40 months" / "unchanged". */
/** Percentage points: 0.1259 → "12.59 个百分点" / "12.59 percentage points". */
export function percentagePoints(rate: Decimal, lang: Lang = 'zh'): string {
  return formatPoints(rate, lang);
}

export function monthsChange(now: Decimal, before: Decimal, lang: Lang = 'zh'): string {
  const d = new Dec(fixed(now, 2)).minus(new Dec(fixed(before, 2)));
  return direction(d, lang === 'en' ? `${fixed(d.abs(), 2)} months` : `${fixed(d.abs(), 2)} 个月`, lang);
}

/** Change of a rate in percentage points between the displayed percents. */
export function pointsChange(now: Decimal, before: Decimal, lang: Lang = 'zh'): string {
  const d = percentFigure(now).minus(percentFigure(before));
  return direction(d, lang === 'en' ? `${fixed(d.abs(), 2)} percentage points` : `${fixed(d.abs(), 2)} 个百分点`, lang);
}

/** Change of an amount, in 万元/亿元 (million/billion yuan in English). */
export function moneyChange(now: Decimal, before: Decimal, lang: Lang = 'zh'): string {
  const d = now.minus(before);
  return direction(d, formatMoney(d.abs(), lang), lang);
}

/** Growth rate (now / before − 1) as "增长 3.10%" / "下降 2.00%"; English "up 3.10%" / "down 2.00%". */
export function growthText(rate: Decimal, lang: Lang = 'zh'): string {
  const shown = new Dec(fixed(rate.times(100), 2));
  if (shown.isZero()) return lang === 'en' ? 'unchanged' : '持平';
  if (lang === 'en') return `${shown.isNegative() ? 'down' : 'up'} ${formatPercent(rate.abs())}`;
  return `${shown.isNegative() ? '下降' : '增长'} ${formatPercent(rate.abs())}`;
}

function direction(d: Decimal, magnitude: string, lang: Lang): string {
  if (lang === 'en') return d.isZero() ? 'unchanged' : `${d.isNegative() ? 'down' : 'up'} ${magnitude}`;
  if (d.isZero()) return '持平';
  return `${d.isNegative() ? '下降' : '上升'} ${magnitude}`;
}

/** Signed change for table cells: "+1.21", "−0.40" (the screen's sign, changeSign), "0.00"; dash when unknown. */
export function signedNumber(d: Decimal | null, places: number, unit = ''): string {
  if (d === null) return '—';
  const text = formatNumber(d.abs(), places);
  if (new Dec(fixed(d, places)).isZero()) return `${fixed(new Dec(0), places)}${unit}`;
  return `${changeSign(d)}${text}${unit}`;
}

/** Signed change in percentage points between displayed percents, for table cells. */
export function signedPoints(now: Decimal | null | undefined, before: Decimal | null | undefined): string {
  if (now === null || now === undefined || before === null || before === undefined) return '—';
  return signedNumber(percentFigure(now).minus(percentFigure(before)), 2);
}

/** Signed growth rate in percent for table cells ("+2.68%"). */
export function signedGrowth(rate: Decimal | null): string {
  return rate === null ? '—' : signedNumber(rate.times(100), 2, '%');
}

export { formatMoney, formatCount, formatNumber, formatPercent };
