// The texts charts print, built from the domain's exact formatting, and the
// one place a Decimal becomes a JS number: ECharts needs numbers to place
// bars, but no number it draws is ever printed from that float.
import { Dec, fixed, formatAuto, formatCount, formatPercent, type Decimal } from '../domain/money';
import type { Lang } from '../domain/lang';

const WAN = new Dec(10_000);
const MILLION = new Dec(1_000_000);

/** For drawing only (bar length, axis position). */
export function toChartNumber(d: Decimal): number {
  return d.toNumber();
}

/** Yuan → 万元 for drawing, rounded to the fen of a 万 so float noise stays out of tooltips. */
export function toWanNumber(yuan: Decimal): number {
  return new Dec(yuan).div(WAN).toDecimalPlaces(6).toNumber();
}

/**
 * Yuan → the money axis's unit: 万元 in Chinese, million yuan in English
 * (English readers do not count in 万), at the same fen precision.
 */
export function toMoneyAxisNumber(yuan: Decimal, lang: Lang): number {
  if (lang === 'zh') return toWanNumber(yuan);
  return new Dec(yuan).div(MILLION).toDecimalPlaces(8).toNumber();
}

/** The unit of toMoneyAxisNumber, for axis names. */
export function moneyAxisUnit(lang: Lang): string {
  return lang === 'zh' ? '万元' : 'million yuan';
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

export function moneyText(yuan: Decimal, lang: Lang = 'zh'): string {
  return formatAuto(new Dec(yuan), lang);
}

export function monthsText(months: Decimal, lang: Lang = 'zh'): string {
  return lang === 'zh' ? `${fixed(new Dec(months), 2)} 个月` : `${fixed(new Dec(months), 2)} months`;
}

export function countText(n: number): string {
  return formatCount(n);
}
