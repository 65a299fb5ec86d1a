// A rule's bands as the file writes them: each band well formed, and the
// list as a whole ordered, without overlaps and with at most one gap (the
// normal range). The deadline rules' single band is built from their setting.
import { Dec, type Decimal } from '../money';
import { SEVERITIES } from '../vocabulary';
import type { IssueList } from './issues';
import { DEADLINE_RULES, type DeadlineRuleId } from './rules';
import type { Band, PolicyBody } from './types';
import { at, checkDecimal, isPlainObject, show } from './values';

export const BOUNDS = ['gt', 'gte', 'lt', 'lte'] as const;

export function checkBand(value: unknown, path: string, range: 'ratio' | undefined, issues: IssueList): void {
  if (!isPlainObject(value)) {
    issues.add(path, 'policy.band_not_object');
    return;
  }
  for (const key of Object.keys(value)) {
    if (key !== 'severity' && !(BOUNDS as readonly string[]).includes(key)) issues.add(at(path, key), 'policy.band_unknown_key');
  }
  if (!SEVERITIES.includes(value.severity as never)) {
    issues.add(at(path, 'severity'), 'policy.not_one_of', { value: show(value.severity), options: SEVERITIES.join(', ') });
  }
  const set = BOUNDS.filter((b) => value[b] !== undefined);
  if (set.length === 0) {
    issues.add(path, 'policy.band_no_bound');
    return;
  }
  if (value.gt !== undefined && value.gte !== undefined) issues.add(path, 'policy.band_both_lower');
  if (value.lt !== undefined && value.lte !== undefined) issues.add(path, 'policy.band_both_upper');
  const before = issues.size;
  for (const b of set) checkDecimal(value[b], at(path, b), range, issues);
  if (issues.size > before) return;
  const lower = (value.gt ?? value.gte) as string | undefined;
  const upper = (value.lt ?? value.lte) as string | undefined;
  if (lower !== undefined && upper !== undefined) {
    const lo = new Dec(lower);
    const hi = new Dec(upper);
    const pointAllowed = value.gte !== undefined && value.lte !== undefined;
    if (lo.gt(hi) || (lo.eq(hi) && !pointAllowed)) issues.add(path, 'policy.band_empty', { from: lower, to: upper });
  }
}

/** A band as an interval; null = unbounded. */
interface Interval {
  lo: Decimal | null;
  loText: string;
  loIn: boolean;
  hi: Decimal | null;
  hiText: string;
  hiIn: boolean;
}

function interval(band: Band): Interval {
  const lower = band.gt ?? band.gte;
  const upper = band.lt ?? band.lte;
  return {
    lo: lower === undefined ? null : new Dec(lower),
    loText: lower ?? '−∞',
    loIn: band.gte !== undefined,
    hi: upper === undefined ? null : new Dec(upper),
    hiText: upper ?? '+∞',
    hiIn: band.lte !== undefined,
  };
}

/**
 * A rule's bands as a whole: listed from the lowest values up, no two
 * sharing a value, and meeting each other: one band's upper bound is the
 * next one's lower bound, inclusive on exactly one side. Values in no band
 * are normal, so ONE range may lie outside every band: above the last band,
 * below the first, or (when the bands reach both ends, as months payable's
 * do) between two of them.
 */
export function checkBandList(bands: readonly Band[], path: string, rule: string, issues: IssueList): void {
  const iv = bands.map(interval);
  const gaps: { index: number; from: string; to: string }[] = [];
  for (let i = 1; i < iv.length; i += 1) {
    const prev = iv[i - 1] as Interval;
    const cur = iv[i] as Interval;
    const other = `thresholds.${rule}[${i - 1}]`;
    // Does cur start after prev ends (strictly, or at a bound one side leaves out)?
    const startsAfter =
      prev.hi !== null && cur.lo !== null && (cur.lo.gt(prev.hi) || (cur.lo.eq(prev.hi) && !(cur.loIn && prev.hiIn)));
    if (startsAfter) {
      const meets = (cur.lo as Decimal).eq(prev.hi as Decimal) && cur.loIn !== prev.hiIn;
      if (!meets) gaps.push({ index: i, from: prev.hiText, to: cur.loText });
      continue;
    }
    // cur lies wholly below prev: listed out of order.
    const endsBefore = cur.hi !== null && prev.lo !== null && (cur.hi.lt(prev.lo) || (cur.hi.eq(prev.lo) && !(cur.hiIn && prev.loIn)));
    if (endsBefore) {
      issues.add(at(path, i), 'policy.band_order', { other });
      continue;
    }
    issues.add(at(path, i), 'policy.band_overlap', { other, from: cur.loText, to: prev.hiText });
  }
  const first = iv[0];
  const last = iv[iv.length - 1];
  const openEnd = (first !== undefined && first.lo !== null) || (last !== undefined && last.hi !== null);
  // The bands reach both ends: one gap between them is the normal range.
  const allowed = openEnd ? 0 : 1;
  if (gaps.length > allowed) {
    for (const g of gaps) issues.add(at(path, g.index), 'policy.band_gap', { other: `thresholds.${rule}[${g.index - 1}]`, from: g.from, to: g.to });
  }
  if (rule === 'coverage' && targetBound(bands) === null) issues.add(path, 'policy.coverage_no_target');
}

/** The red coverage band's upper bound (text), the enrollment target; null when there is none. */
export function targetBound(bands: readonly Band[]): { text: string; index: number; key: 'lt' | 'lte' } | null {
  for (const [index, band] of bands.entries()) {
    if (band.severity !== 'red') continue;
    if (band.lt !== undefined) return { text: band.lt, index, key: 'lt' };
    if (band.lte !== undefined) return { text: band.lte, index, key: 'lte' };
  }
  return null;
}

/** The deadline rule's band, built from its one setting. */
export function deadlineBand(rule: DeadlineRuleId, timeliness: PolicyBody['timeliness']): Band {
  const { setting, bound, severity } = DEADLINE_RULES[rule];
  return { severity, [bound]: String(timeliness[setting]) };
}
