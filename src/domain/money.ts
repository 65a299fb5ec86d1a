// Exact money and rate arithmetic. Every Decimal in the app is built with
// `Dec` so that division keeps 40 significant digits and toString never
// switches to exponent notation (which would leak into JSON and CSV).
import DecimalJs from 'decimal.js';
import type { Lang } from './lang';

export const Dec = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/** Instances of `Dec` are plain decimal.js instances, so types.ts's `Decimal` is the same type. */
export type Decimal = InstanceType<typeof Dec>;

export const ZERO: Decimal = new Dec(0);

const DECIMAL_TEXT = /^[+-]?\d+(\.\d+)?$/;
const MONEY_TEXT = /^[+-]?\d+(\.\d{1,2})?$/;

/** True for plain decimal text: optional sign, digits, optional fraction. No exponent, no separators. */
export function isDecimalText(text: string): boolean {
  return DECIMAL_TEXT.test(text.trim());
}

/** Parse plain decimal text (a ratio, a factor, a bound); throws on anything else. */
export function decimal(text: string): Decimal {
  const t = text.trim();
  if (!DECIMAL_TEXT.test(t)) throw new Error(`"${text}" is not a decimal number`);
  return new Dec(t);
}

/** True for a yuan amount as the data contract allows it: at most two decimals. */
export function isMoneyText(text: string): boolean {
  return MONEY_TEXT.test(text.trim());
}

/**
 * Parse a yuan amount ("1234.56", "-12", " 0.5 "). Throws on anything that
 * is not plain decimal text: exponents, separators, "NaN", "". More than two
 * decimals are accepted (a DuckDB average or an intermediate sum may have
 * them); validators that enforce the contract use isMoneyText.
 */
export function money(text: string): Decimal {
  const t = text.trim();
  if (!DECIMAL_TEXT.test(t)) throw new Error(`"${text}" is not an amount in yuan`);
  return new Dec(t);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/**
 * Exactly `places` decimals, ties away from zero (decimal.js ROUND_HALF_UP).
 * A value that rounds to zero prints without a sign: "-0.00" would read as a deficit.
 */
export function fixed(d: Decimal, places: number): string {
  const text = d.toFixed(places, DecimalJs.ROUND_HALF_UP);
  return /^-[0.]+$/.test(text) ? text.slice(1) : text;
}

/** The most decimals a figure shows when it is near a threshold. */
const MAX_RATE_PLACES = 6;
/** …and a ratio, the same figure as a percentage two places further on. */
const MAX_RATIO_PLACES = MAX_RATE_PLACES + 2;

/**
 * `value` to `places` decimals, rounded half up — except that a value is never
 * shown on the other side of, or equal to, a threshold it is not at: then
 * decimals are added until the printed figure stays on the value's own side
 * (2.996 months against a 3-month band reads "2.996", never "3.00"). Decided
 * this way rather than always truncating because truncation is only safe for
 * rules where low is bad; thresholds of either direction (coverage below 99%
 * vs growth gap above 5 pp) keep their side this way. With `equalIsSide`
 * a figure shown equal to the threshold is on its side (a sentence saying
 * "9.00 months, at or above 9 months" is true of 9.003).
 */
export function fixedBeside(value: Decimal, places: number, thresholds: readonly Decimal[], equalIsSide = false, most = MAX_RATE_PLACES): string {
  let p = places;
  for (; p < most; p++) {
    const shown = new Dec(value.toFixed(p, DecimalJs.ROUND_HALF_UP));
    const crosses = thresholds.some((t) => value.cmp(t) !== shown.cmp(t) && !(equalIsSide && shown.eq(t)));
    if (!crosses) break;
  }
  return fixed(value, p);
}

/** `value` to `places` decimals, more while the figure so rounded is not `keeps` (up to `most`). */
export function fixedWhere(value: Decimal, places: number, keeps: (shown: Decimal) => boolean, most = MAX_RATE_PLACES): string {
  let p = places;
  while (p < most && !keeps(new Dec(value.toFixed(p, DecimalJs.ROUND_HALF_UP)))) p++;
  return fixed(value, p);
}

export function moneyString(d: Decimal): string {
  return fixed(d, 2);
}

/** A ratio to six decimals, more where six would land on the other side of one of `thresholds`. */
export function rateString(d: Decimal, thresholds: readonly Decimal[] = []): string {
  return fixedBeside(d, 6, thresholds, false, MAX_RATIO_PLACES);
}

/** The mark before a change's size: − (U+2212) down, + up, ± none. */
export function changeSign(diff: Decimal): string {
  if (diff.isZero()) return '±';
  return diff.isNegative() ? '−' : '+';
}

/** Thousands separators on the integer part of a plain decimal string (a `fixed` one). */
export function group(text: string): string {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [int = '', frac] = body.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (negative ? '-' : '') + grouped + (frac === undefined ? '' : `.${frac}`);
}

const WAN = new Dec(10_000);
const YI = new Dec(100_000_000);

const MILLION = new Dec(1_000_000);
const BILLION = new Dec(1_000_000_000);

/**
 * 万元 in Chinese. English readers do not count in 万, so English shows
 * million yuan with two more decimals: the same precision (100 yuan at two places).
 */
/**
 * The one rule of a money figure that is not zero: it never reads as zero. True
 * where `yuan` is not zero and reads 0.00 (or -0.00) at `places` decimals of
 * `divisor` yuan; such a figure is said in 元 / yuan to the fen instead
 * (formatYuan): a 12.34元 gap read "0.00万元" beside 40.00万元 of income.
 */
export function readsAsZero(yuan: Decimal, divisor: Decimal, places: number): boolean {
  return !yuan.isZero() && new Dec(fixed(yuan.div(divisor), places)).isZero();
}

export function formatWan(d: Decimal, places = 2, lang: Lang = 'zh'): string {
  return inUnitOrYuan(d, lang === 'en' ? MILLION : WAN, lang === 'en' ? places + 2 : places, lang, lang === 'en' ? ' million yuan' : '万元');
}

/** 亿元 in Chinese; English billion yuan with one more decimal (1 亿 = 0.1 billion). Not zero, never read as zero (readsAsZero). */
export function formatYi(d: Decimal, places = 2, lang: Lang = 'zh'): string {
  return inUnitOrYuan(d, lang === 'en' ? BILLION : YI, lang === 'en' ? places + 1 : places, lang, lang === 'en' ? ' billion yuan' : '亿元');
}

/** `d` in `divisor` yuan at `places` decimals followed by `label`, or in 元 where that would read zero (readsAsZero). */
function inUnitOrYuan(d: Decimal, divisor: Decimal, places: number, lang: Lang, label: string): string {
  return readsAsZero(d, divisor, places) ? formatYuan(d, lang) : `${group(fixed(d.div(divisor), places))}${label}`;
}

export function formatYuan(d: Decimal, lang: Lang = 'zh'): string {
  return lang === 'en' ? `${group(fixed(d, 2))} yuan` : `${group(fixed(d, 2))}元`;
}

export const HUNDRED = new Dec(100);

/**
 * A ratio as a percentage, `places` decimals. Never 100% unless it is: 6,445
 * of 6,446 enrolled reads "99.98%" at two decimals and "99.98%" at one (not
 * "100.0%", which says everyone is), as fixedBeside keeps a figure off a threshold.
 */
export function formatPercent(rate: Decimal, places = 2): string {
  return `${group(fixedBeside(rate.times(100), places, [HUNDRED]))}%`;
}

/**
 * A difference of two rates in percentage points (个百分点), `places` decimals, more where they would put it
 * on the other side of (or onto) one of `beside`, its threshold: 收支增速差 12.59 个百分点, never 12.59%, which
 * reads as a growth rate.
 */
export function formatPoints(rate: Decimal, lang: Lang = 'zh', places = 2, beside: readonly Decimal[] = []): string {
  const n = group(fixedBeside(rate.times(100), places, beside.map((b) => b.times(HUNDRED))));
  return lang === 'en' ? `${n} percentage points` : `${n} 个百分点`;
}

/** 亿元 from one hundred million yuan up (either sign), 万元 below. */
export function formatAuto(d: Decimal, lang: Lang = 'zh'): string {
  return d.abs().gte(YI) ? formatYi(d, 2, lang) : formatWan(d, 2, lang);
}

/** A head count with thousands separators ("4,920"). */
export function formatCount(n: number): string {
  return group(String(n));
}

/** A plain decimal with thousands separators and `places` decimals ("2.47", "1,234.5"). */
export function formatNumber(d: Decimal, places: number): string {
  return group(fixed(d, places));
}
