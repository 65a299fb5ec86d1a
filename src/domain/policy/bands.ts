// Severity bands of one rule (policy.thresholds[rule]) applied to a value.
import { Dec, type Decimal } from '../money';
import type { Band } from './types';
import { SEVERITIES, type Severity } from '../types';

export type BoundKey = 'gt' | 'gte' | 'lt' | 'lte';

export interface Classification {
  severity: Severity;
  /** The bound the value crossed from the normal side (see classify). */
  threshold: Decimal;
  band: Band;
  /** Which bound of the band `threshold` is: lt/lte = the value is below it, gt/gte = above it. */
  bound: BoundKey;
}

const BOUND_KEYS: readonly BoundKey[] = ['gt', 'gte', 'lt', 'lte'];

interface Bound {
  key: BoundKey;
  value: Decimal;
  text: string;
}

/** Parsed once per band: a run classifies every region, fund and quarter against the same few bands. */
const BOUNDS = new WeakMap<Band, readonly Bound[]>();

function boundsOf(band: Band): readonly Bound[] {
  const cached = BOUNDS.get(band);
  // A band edited in place (the policy form's draft) is parsed again.
  if (cached && BOUND_KEYS.every((key) => band[key] === cached.find((b) => b.key === key)?.text)) return cached;
  const bounds = BOUND_KEYS.flatMap((key): Bound[] => {
    const text = band[key];
    return text === undefined ? [] : [{ key, value: new Dec(text), text }];
  });
  BOUNDS.set(band, bounds);
  return bounds;
}

function holds(value: Decimal, key: BoundKey, bound: Decimal): boolean {
  switch (key) {
    case 'gt':
      return value.gt(bound);
    case 'gte':
      return value.gte(bound);
    case 'lt':
      return value.lt(bound);
    case 'lte':
      return value.lte(bound);
  }
}

export function matches(value: Decimal, band: Band): boolean {
  return boundsOf(band).every((b) => holds(value, b.key, b.value));
}

/**
 * The worst band `value` falls in, or null when it is in none (normal).
 *
 * `threshold` is the bound the value crossed coming from the normal side:
 * - a one-bound band: that bound (red `lt 0.99` → 0.99);
 * - a two-bound band: the bound that is NOT shared with another band of the
 *   same rule, because the shared one borders a worse (or other) band, not
 *   normal. Coverage yellow [0.99, 0.995) → 0.995; months payable orange
 *   [3, 6) → 6; blue [9, 15] → 9 (15 borders yellow "> 15").
 * - if both or neither bound is shared, the bound nearer the value (lower on a tie).
 */
export function classify(value: Decimal, bands: Band[]): Classification | null {
  let best: Band | undefined;
  let bestRank = Infinity;
  for (const band of bands) {
    const rank = SEVERITIES.indexOf(band.severity);
    if (rank < bestRank && matches(value, band)) {
      best = band;
      bestRank = rank;
    }
  }
  if (best === undefined) return null;
  const own = boundsOf(best);
  let chosen = own[0];
  if (own.length === 2) {
    const others = bands.filter((b) => b !== best).flatMap(boundsOf);
    const shared = own.map((b) => others.some((o) => o.value.eq(b.value)));
    if (shared[0] !== shared[1]) chosen = own[shared[0] ? 1 : 0];
    else {
      const [a, b] = own as readonly [Bound, Bound];
      chosen = value.minus(b.value).abs().lt(value.minus(a.value).abs()) ? b : a;
    }
  }
  if (chosen === undefined) return null; // unreachable: a valid band has a bound
  return { severity: best.severity, threshold: chosen.value, band: best, bound: chosen.key };
}

export interface BandLimit {
  severity: Severity;
  /** null = unbounded. */
  from: Decimal | null;
  fromInclusive: boolean;
  to: Decimal | null;
  toInclusive: boolean;
}

/** The bands as intervals, lowest first, e.g. for shading a chart's axis. */
export function bandLimits(bands: Band[]): BandLimit[] {
  const limits = bands.map((band): BandLimit => {
    const lower = band.gt ?? band.gte;
    const upper = band.lt ?? band.lte;
    return {
      severity: band.severity,
      from: lower === undefined ? null : new Dec(lower),
      fromInclusive: band.gte !== undefined,
      to: upper === undefined ? null : new Dec(upper),
      toInclusive: band.lte !== undefined,
    };
  });
  return limits.sort((a, b) => {
    if (a.from === null || b.from === null) return a.from === b.from ? 0 : a.from === null ? -1 : 1;
    return a.from.comparedTo(b.from);
  });
}
