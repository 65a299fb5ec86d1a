// Money in the generator is integer fen (bigint): never a float. Ratios are
// exact fractions (numerator, denominator), taken from policy strings or
// written as integers per million.

export type Fen = bigint;

export interface Ratio {
  num: bigint;
  den: bigint;
}

/** "0.45" → 45/100; "670" → 670/1. */
export function parseRatio(text: string): Ratio {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`not a non-negative decimal: ${text}`);
  const frac = m[2] ?? '';
  return { num: BigInt(`${m[1]}${frac}`), den: 10n ** BigInt(frac.length) };
}

export function ppm(partsPerMillion: number): Ratio {
  if (!Number.isInteger(partsPerMillion)) throw new Error(`ppm must be an integer: ${partsPerMillion}`);
  return { num: BigInt(partsPerMillion), den: 1_000_000n };
}

/** a × num / den rounded half away from zero. */
export function mulDiv(a: bigint, num: bigint, den: bigint): bigint {
  const n = a * num;
  const neg = n < 0n !== den < 0n;
  const an = n < 0n ? -n : n;
  const ad = den < 0n ? -den : den;
  const q = (an * 2n + ad) / (2n * ad);
  return neg ? -q : q;
}

export function times(a: Fen, r: Ratio): Fen {
  return mulDiv(a, r.num, r.den);
}

export function yuanToFen(yuan: string): Fen {
  const r = parseRatio(yuan);
  return mulDiv(100n, r.num, r.den);
}

/** Fen as yuan text with exactly two decimals: 123456n → "1234.56". */
export function yuanText(fen: Fen): string {
  const neg = fen < 0n;
  const a = neg ? -fen : fen;
  const whole = a / 100n;
  const cents = (a % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${whole}.${cents}`;
}

export function total(xs: readonly Fen[]): Fen {
  return xs.reduce((s, x) => s + x, 0n);
}

/**
 * Splits a non-negative total by non-negative integer weights so the parts
 * add up exactly: floor shares, then leftover fen by largest remainder
 * (ties: earlier part first).
 */
export function split(amount: Fen, weights: readonly bigint[]): Fen[] {
  if (amount < 0n) return split(-amount, weights).map((x) => -x);
  const w = total(weights);
  if (w <= 0n) throw new Error('split: weights sum to zero');
  const parts = weights.map((x) => (amount * x) / w);
  const rems = weights.map((x, i) => ({ i, r: (amount * x) % w }));
  let left = amount - total(parts);
  rems.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of rems) {
    if (left === 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts;
}
