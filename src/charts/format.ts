// The texts charts print, built from the domain's exact formatting, and the
// one place a Decimal becomes a JS number: ECharts needs numbers to place
// bars, but no number it draws is ever printed from that float.
import { Dec, fixed, formatAuto, formatCount, formatPercent, type Decimal } from '../domain/money';

const WAN = new Dec(10_000);

/** For drawing only (bar length, axis position). */
export function toChartNumber(d: Decimal): number {
  return d.toNumber();
}

/** Yuan → 万元 for drawing, rounded to the fen of a 万 so float noise stays out of tooltips. */
export function toWanNumber(yuan: Decimal): number {
  return new Dec(yuan).div(WAN).toDecimalPlaces(6).toNumber();
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

export function moneyText(yuan: Decimal): string {
  return formatAuto(new Dec(yuan));
}

export function monthsText(months: Decimal): string {
  return `${fixed(new Dec(months), 2)} 个月`;
}

export function countText(n: number): string {
  return formatCount(n);
}
