// Splitting a sum of money in proportion to weights, exact to the fen
// (DOMAIN.md: "round every amount to the fen; hand leftover fen out by
// largest remainder"). The arithmetic runs on BigInt fen and scaled integer
// weights, so quotients are compared exactly however long their expansion.
import type Decimal from 'decimal.js';
import { message, type Message } from './messages/codes';
import { FundWatchError } from './messages/error';
import { Dec, fixed, moneyString } from './money';

/** A split that cannot be made: negative money or weights, nothing to split by, duplicate keys. */
export class SplitError extends FundWatchError {
  constructor(reason: Message) {
    super(reason);
    this.name = 'SplitError';
  }
}

export interface SplitWeight {
  key: string;
  weight: Decimal;
  /** Orders equal remainders (lower first), e.g. a region code; defaults to the key. */
  tieBreak?: string;
}

/** Money in yuan → integer fen; throws unless it is a non-negative amount to the fen. */
export function toFen(amount: Decimal, subject: Message): bigint {
  if (!amount.isFinite() || amount.lt(0)) {
    throw new SplitError(message('split.amount_negative', { subject, amount: amount.toString() }));
  }
  if (amount.decimalPlaces() > 2) {
    throw new SplitError(message('split.amount_not_fen', { subject, amount: amount.toString() }));
  }
  return BigInt(fixed(amount, 2).replace('.', ''));
}

/** Integer fen → Decimal yuan, built from a string so no digit is lost. */
export function fenToYuan(fen: bigint): Decimal {
  const negative = fen < 0n;
  const digits = (negative ? -fen : fen).toString().padStart(3, '0');
  const text = `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return new Dec(text);
}

/** Scales every weight by the same power of ten so all become integers. */
function scaledWeights(weights: readonly SplitWeight[]): bigint[] {
  let places = 0;
  for (const w of weights) {
    if (!w.weight.isFinite() || w.weight.lt(0)) {
      throw new SplitError(message('split.weight_negative', { key: w.key, weight: w.weight.toString() }));
    }
    places = Math.max(places, w.weight.decimalPlaces());
  }
  // fixed(…, places) adds zeros only (places ≥ every weight's own places), so it never rounds.
  return weights.map((w) => BigInt(fixed(w.weight, places).replace('.', '')));
}

function lowerFirst(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/**
 * Splits `total` (yuan, to the fen) in proportion to `weights`: each share is
 * first floored to the fen, then the leftover fen go one each to the largest
 * remainders; equal remainders go to the lower `tieBreak` (default: key),
 * then the lower key. The shares add up to `total` exactly, a zero weight
 * gets zero, and a larger weight never gets less than a smaller one.
 *
 * All weights zero (or no weights) is only allowed when `total` is zero:
 * there is no proportion to follow, and choosing one silently would hide bad
 * input. Callers that want an equal split pass equal weights.
 *
 * The result keeps the order of `weights`.
 */
export function largestRemainder(total: Decimal, weights: readonly SplitWeight[]): Map<string, Decimal> {
  const totalFen = toFen(total, message('subject.total_to_split'));
  const keys = new Set<string>();
  for (const w of weights) {
    if (keys.has(w.key)) throw new SplitError(message('split.duplicate_recipient', { key: w.key }));
    keys.add(w.key);
  }
  const scaled = scaledWeights(weights);
  const weightSum = scaled.reduce((acc, w) => acc + w, 0n);

  if (weightSum === 0n) {
    if (totalFen !== 0n) {
      throw new SplitError(message('split.weights_zero', { total: moneyString(total) }));
    }
    return new Map(weights.map((w) => [w.key, fenToYuan(0n)]));
  }

  // Exact share of i in fen = totalFen × w_i / Σw = floor + remainder / Σw.
  const parts = weights.map((w, index) => {
    const numerator = totalFen * (scaled[index] ?? 0n);
    return { index, key: w.key, tieBreak: w.tieBreak ?? w.key, fen: numerator / weightSum, remainder: numerator % weightSum };
  });
  let leftover = totalFen - parts.reduce((acc, p) => acc + p.fen, 0n);

  const byRemainder = [...parts].sort((a, b) => {
    if (a.remainder !== b.remainder) return a.remainder > b.remainder ? -1 : 1;
    return lowerFirst(a.tieBreak, b.tieBreak) || lowerFirst(a.key, b.key);
  });
  // Σ remainders = leftover × Σw and each remainder < Σw, so more than
  // `leftover` parts have a positive remainder: a fen never goes to a zero weight.
  for (const part of byRemainder) {
    if (leftover === 0n) break;
    part.fen += 1n;
    leftover -= 1n;
  }

  return new Map(parts.map((p) => [p.key, fenToYuan(p.fen)]));
}
