// The older fundwatch-policy/1 format, read into the current one.
import { Dec, type Decimal } from '../money';
import { SEVERITIES } from '../vocabulary';
import { BOUNDS, checkBandList, deadlineBand, targetBound } from './bandLists';
import { merge, setter, valueAt } from './inherit';
import { IssueList } from './issues';
import { DEADLINE_RULE_IDS, DEADLINE_RULES } from './rules';
import { POLICY_SCHEMA, type Band, type PolicyBody, type PolicyFile, type PolicyYearBlock } from './types';
import { isPlainObject, show } from './values';

/**
 * A fundwatch-policy/1 band list in which bands overlap, as disjoint bands
 * that classify every value the same way: where bands overlapped, the
 * worst one won, so each stretch of values goes to its worst band (e.g.
 * yellow > 0.05 and red > 0.10 become yellow 0.05 < x ≤ 0.10, red > 0.10).
 * Lists whose bands do not overlap are returned as written.
 */
function legacyBands(bands: Band[]): Band[] {
  const probe = new IssueList();
  checkBandList(bands, '', '', probe);
  if (!probe.list.some((i) => i.params.reason.code === 'policy.band_overlap' || i.params.reason.code === 'policy.band_order')) return bands;
  const texts = new Map<string, string>();
  for (const band of bands) for (const b of BOUNDS) if (band[b] !== undefined) texts.set(new Dec(band[b]).toString(), band[b]);
  const points = [...texts.keys()].map((t) => new Dec(t)).sort((a, b) => a.comparedTo(b));
  const worst = (v: Decimal): Band['severity'] | null => {
    let best: Band['severity'] | null = null;
    for (const band of bands) {
      const holds =
        (band.gt === undefined || v.gt(band.gt)) &&
        (band.gte === undefined || v.gte(band.gte)) &&
        (band.lt === undefined || v.lt(band.lt)) &&
        (band.lte === undefined || v.lte(band.lte));
      if (holds && (best === null || SEVERITIES.indexOf(band.severity) < SEVERITIES.indexOf(best))) best = band.severity;
    }
    return best;
  };
  // Stretches in order: below the first point, each point, between points, above the last.
  type Piece = { severity: Band['severity'] | null; lower: Partial<Band>; upper: Partial<Band> };
  const text = (d: Decimal): string => texts.get(d.toString()) ?? d.toString();
  const pieces: Piece[] = [];
  points.forEach((pt, i) => {
    const before = i === 0 ? pt.minus(1) : pt.plus(points[i - 1] as Decimal).div(2);
    pieces.push({ severity: worst(before), lower: i === 0 ? {} : { gt: text(points[i - 1] as Decimal) }, upper: { lt: text(pt) } });
    pieces.push({ severity: worst(pt), lower: { gte: text(pt) }, upper: { lte: text(pt) } });
  });
  const lastPoint = points[points.length - 1];
  if (lastPoint !== undefined) pieces.push({ severity: worst(lastPoint.plus(1)), lower: { gt: text(lastPoint) }, upper: {} });
  const runs: Piece[] = [];
  for (const piece of pieces) {
    const prev = runs[runs.length - 1];
    if (prev !== undefined && prev.severity === piece.severity) runs[runs.length - 1] = { ...prev, upper: piece.upper };
    else runs.push(piece);
  }
  return runs.flatMap((r) => (r.severity === null ? [] : [{ severity: r.severity, ...r.lower, ...r.upper }]));
}

/**
 * fundwatch-policy/1 → /2. Its duplicated settings must agree in every year
 * (else the file is refused, naming both places); they are then dropped:
 * `coverage_target` (the red coverage band's upper bound is the target) and
 * `thresholds.transfer_late` / `thresholds.advance_ratio` (the deadline
 * rules read `timeliness`). Overlapping band lists become disjoint.
 */
export function fromLegacy(file: Record<string, unknown>, blocks: Record<string, unknown>[], issues: IssueList): PolicyFile {
  blocks.forEach((_, i) => {
    const merged = blocks.slice(0, i + 1).reduce<unknown>((m, b) => merge(m, b), {});
    const target = valueAt(merged, ['coverage_target']);
    const bands = valueAt(merged, ['thresholds', 'coverage']);
    const bound = Array.isArray(bands) ? targetBound(bands as Band[]) : null;
    if (typeof target === 'string' && bound !== null && !new Dec(target).eq(bound.text)) {
      const from = setter(blocks, i, ['coverage_target']);
      const bandsFrom = setter(blocks, i, ['thresholds', 'coverage']);
      // Said once, in the block where the two first disagree.
      if (from === i || bandsFrom === i) {
        issues.add(`years[${from}].coverage_target`, 'policy.coverage_target_disagrees', {
          value: show(target),
          other: `years[${bandsFrom}].thresholds.coverage[${bound.index}].${bound.key}`,
          otherValue: show(bound.text),
        });
      }
    }
    for (const rule of DEADLINE_RULE_IDS) {
      const written = valueAt(merged, ['thresholds', rule]);
      const setting = DEADLINE_RULES[rule].setting;
      const timeliness = valueAt(merged, ['timeliness']) as PolicyBody['timeliness'] | undefined;
      if (written === undefined || timeliness?.[setting] === undefined) continue;
      const derived = deadlineBand(rule, timeliness);
      const list = written as Band[];
      const only = list.length === 1 ? (list[0] as Band) : undefined;
      const agrees =
        only !== undefined &&
        only.severity === derived.severity &&
        BOUNDS.every((b) => (only[b] === undefined) === (derived[b] === undefined) && (only[b] === undefined || new Dec(only[b]).eq(derived[b] as string)));
      if (agrees) continue;
      const from = setter(blocks, i, ['thresholds', rule]);
      const settingFrom = setter(blocks, i, ['timeliness', setting]);
      if (from === i || settingFrom === i) {
        issues.add(`years[${from}].thresholds.${rule}`, 'policy.deadline_disagrees', {
          value: show(written),
          other: `years[${settingFrom}].timeliness.${setting}`,
          otherValue: show(timeliness[setting]),
          rule,
        });
      }
    }
  });
  const years = blocks.map((block) => {
    const out: Record<string, unknown> = { ...block };
    delete out.coverage_target;
    if (isPlainObject(block.thresholds)) {
      const thresholds: Record<string, unknown> = {};
      for (const [rule, bands] of Object.entries(block.thresholds)) {
        if ((DEADLINE_RULE_IDS as readonly string[]).includes(rule)) continue;
        thresholds[rule] = legacyBands(bands as Band[]);
      }
      out.thresholds = thresholds;
    }
    return out as unknown as PolicyYearBlock;
  });
  const note = typeof file.note === 'string' ? { note: file.note } : {};
  return { schema: POLICY_SCHEMA, province_code: file.province_code as string, ...note, years };
}
