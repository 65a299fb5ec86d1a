// The texts charts print, built from the domain's exact formatting, and the
// one place a Decimal becomes a JS number: ECharts needs numbers to place
// bars, but no number it draws is ever printed from that float.
import { Dec, formatCount, formatPercent, type Decimal } from '../domain/money';
import type { Lang } from '../domain/lang';
import { chooseMoneyUnit, formatMoney, type MoneyUnit } from '../domain/moneyUnit';
import { monthsPayableInFull } from '../domain/monthsPayableText';

const WAN = new Dec(10_000);

/** For drawing only (bar length, axis position). */
export function toChartNumber(d: Decimal): number {
  return d.toNumber();
}

/** Yuan → 万元 for drawing, rounded to the fen of a 万 so float noise stays out of tooltips. */
export function toWanNumber(yuan: Decimal): number {
  return new Dec(yuan).div(WAN).toDecimalPlaces(6).toNumber();
}

/**
 * Yuan → a number in the axis's unit (chosen by chooseMoneyUnit from the
 * values the axis draws), for placing bars only.
 */
export function toMoneyAxisNumber(yuan: Decimal, unit: MoneyUnit): number {
  return new Dec(yuan).div(unit.divisor).toDecimalPlaces(8).toNumber();
}

/** The unit of one money axis: chosen from every value it draws (nulls skipped). */
export function moneyAxisUnitFor(values: Iterable<Decimal | null | undefined>, lang: Lang): MoneyUnit {
  return chooseMoneyUnit(values, lang);
}

/** "99.62%". */
export function percentText(rate: Decimal, places = 2): string {
  return formatPercent(new Dec(rate), places);
}

/** Target and tick labels: as many decimals as the value needs, at most two ("99%", "99.5%"). */
export function percentShortText(rate: Decimal): string {
  const percent = new Dec(rate).times(100).toDecimalPlaces(2);
  return `${percent.toString()}%`;
}

/** One amount on its own, in its own unit (chooseMoneyUnit of that amount). */
export function moneyText(yuan: Decimal, lang: Lang = 'zh'): string {
  return formatMoney(new Dec(yuan), lang);
}

/** Months payable in a tooltip: "7.17 个月", or "已透支（计算值 -0.60 个月）" (domain/monthsPayableText). */
export function monthsText(months: Decimal, lang: Lang = 'zh'): string {
  return monthsPayableInFull(months, lang);
}

export function countText(n: number): string {
  return formatCount(n);
}
