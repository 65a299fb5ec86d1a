// policy.json: validation with precise paths, and resolution of every year.
// The file is user input (a province edits its own thresholds), so every
// value is checked and every problem is reported with where it is, as a
// structured PolicyIssue (policyIssues.ts says it in Chinese or English).
//
// A file is read ONCE: parsePolicyFile validates it, turns the older
// fundwatch-policy/1 format into the current one, and resolves the policy
// of each year block (inheritance merged, deadline bands derived), so that
// resolvePolicy is a lookup that never fails for a file it returned.
import defaults from './policy.default.json';
import { Dec, isDecimalText, type Decimal } from './money';
import { message, type Message, type ParamsArg, type PolicyReasonCode } from './messages/codes';
import { FundWatchError } from './messages/error';
import { policyIssue, type PolicyIssue } from './policyIssues';
import {
  LEGACY_POLICY_SCHEMA,
  POLICY_SCHEMA,
  type AllocationPolicy,
  type Band,
  type Policy,
  type PolicyBody,
  type PolicyFile,
  type PolicyYearBlock,
  type SharingRule,
  type StressPolicy,
  STRESS_PARAMS,
} from './policyTypes';
import { CATEGORIES, FUNDS, SEVERITIES } from './vocabulary';
import { DEADLINE_RULE_IDS, DEADLINE_RULES, FILE_BANDED_RULE_IDS, LATER_RULE_IDS, type BandedRuleId, type DeadlineRuleId } from './rules';

type Spec =
  | { kind: 'decimal'; range?: 'ratio' | 'nonNegative' }
  | { kind: 'integer'; min: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'enumList'; values: readonly string[] }
  | { kind: 'text' }
  /** A list whose items are each checked whole (a list replaces an inherited one whole). */
  | { kind: 'list'; item: Spec }
  /** Fixed keys; all required in a complete policy unless `partial` or listed in `optional`. */
  | { kind: 'object'; fields: Record<string, Spec>; partial?: boolean; optional?: readonly string[] }
  /** Free keys that are six-digit city codes; none required. */
  | { kind: 'cityMap'; value: Spec }
  | { kind: 'bands'; rule: string; range?: 'ratio'; legacy: boolean }
  /** A key of the older format that the current one has replaced: always an issue. */
  | { kind: 'retired'; reason: Message<PolicyReasonCode> };

const DEFAULT_THRESHOLDS = (defaults.years[0] as unknown as PolicyBody).thresholds;

const ratio: Spec = { kind: 'decimal', range: 'ratio' };
const yuan: Spec = { kind: 'decimal', range: 'nonNegative' };

const decimalSpec: Spec = { kind: 'decimal' };
const rangeOf = (value: Spec): Spec => ({ kind: 'object', fields: { min: value, max: value } });
const quarters: Spec = { kind: 'integer', min: 0 };

/** policy.stress: the allowed range of each scenario parameter and the named presets. */
const stressSpec: Spec = {
  kind: 'object',
  fields: {
    ranges: {
      kind: 'object',
      fields: { income: rangeOf(decimalSpec), expenditure: rangeOf(decimalSpec), insured: rangeOf(decimalSpec), delay: rangeOf(quarters) },
    },
    presets: {
      kind: 'list',
      item: {
        kind: 'object',
        optional: ['income', 'expenditure', 'insured', 'delay'],
        fields: { id: { kind: 'text' }, name: { kind: 'text' }, name_en: { kind: 'text' }, income: decimalSpec, expenditure: decimalSpec, insured: decimalSpec, delay: quarters },
      },
    },
    default_preset: { kind: 'text' },
  },
};

const sharingFields: Record<string, Spec> = {
  city_ratio: ratio,
  county_basis: { kind: 'enum', values: ['expenditure', 'insured'] },
};

/**
 * The spec of a year block. fundwatch-policy/1 (`legacy`) also had
 * `coverage_target` and band lists for the deadline rules: accepted there
 * (and checked against the settings that replace them), refused in /2.
 * Only the coverage bands are ratios bounded by 0..1; a balance rate or a
 * growth gap may legitimately have negative bounds.
 */
function policySpec(legacy: boolean): Spec {
  const thresholdFields: Record<string, Spec> = Object.fromEntries(
    FILE_BANDED_RULE_IDS.map((rule): [string, Spec] => [rule, { kind: 'bands', rule, legacy, ...(rule === 'coverage' ? { range: 'ratio' } : {}) }]),
  );
  for (const rule of DEADLINE_RULE_IDS) {
    thresholdFields[rule] = legacy
      ? { kind: 'bands', rule, legacy }
      : { kind: 'retired', reason: message('policy.deadline_is_timeliness', { setting: DEADLINE_RULES[rule].setting }) };
  }
  return {
    kind: 'object',
    optional: ['coverage_target', 'stress'],
    fields: {
      financing: {
        kind: 'object',
        fields: { fiscal_subsidy_per_capita: yuan, individual_contribution: yuan },
      },
      fiscal_split: {
        kind: 'object',
        fields: {
          central_share: ratio,
          province_share_of_rest_by_tier: { kind: 'object', fields: { '1': ratio, '2': ratio, '3': ratio } },
        },
      },
      categories: {
        kind: 'object',
        fields: Object.fromEntries(CATEGORIES.map((c) => [c, { kind: 'object', fields: { subsidy_ratio: ratio } } satisfies Spec])),
      },
      coverage_target: legacy ? ratio : { kind: 'retired', reason: message('policy.target_is_band') },
      months_payable_window_quarters: { kind: 'integer', min: 1 },
      seasonal_funds: { kind: 'enumList', values: FUNDS },
      thresholds: { kind: 'object', fields: thresholdFields, optional: [...DEADLINE_RULE_IDS, ...LATER_RULE_IDS] },
      timeliness: {
        kind: 'object',
        fields: {
          pass_down_days: { kind: 'integer', min: 0 },
          formal_budget_days: { kind: 'integer', min: 0 },
          advance_ratio_min: ratio,
        },
      },
      sharing: {
        kind: 'object',
        fields: {
          default: { kind: 'object', fields: sharingFields },
          cities: { kind: 'cityMap', value: { kind: 'object', fields: sharingFields, partial: true } },
        },
      },
      allocation: {
        kind: 'object',
        fields: { factor_weight: ratio, performance_weight: ratio, population_weight: ratio, incidence_weight: ratio },
      },
      stress: stressSpec,
    },
  };
}

const SPEC = policySpec(false);
const LEGACY_SPEC = policySpec(true);

const BOUNDS = ['gt', 'gte', 'lt', 'lte'] as const;

function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

class Issues {
  readonly list: PolicyIssue[] = [];
  add<C extends PolicyReasonCode>(path: string, code: C, ...params: ParamsArg<C>): void {
    this.list.push(policyIssue(path, message(code, ...params) as Message<PolicyReasonCode>));
  }
  get size(): number {
    return this.list.length;
  }
}

function checkDecimal(value: unknown, path: string, range: 'ratio' | 'nonNegative' | undefined, issues: Issues): void {
  if (typeof value === 'number') {
    issues.add(path, 'policy.number_not_text', { value: show(value), text: String(value) });
    return;
  }
  if (typeof value !== 'string' || !isDecimalText(value)) {
    issues.add(path, 'policy.not_decimal', { value: show(value) });
    return;
  }
  const d = new Dec(value.trim());
  if (range === 'ratio' && (d.lt(0) || d.gt(1))) issues.add(path, 'policy.not_ratio', { value: show(value) });
  if (range === 'nonNegative' && d.lt(0)) issues.add(path, 'policy.negative', { value: show(value) });
}

function checkBand(value: unknown, path: string, range: 'ratio' | undefined, issues: Issues): void {
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
function checkBandList(bands: readonly Band[], path: string, rule: string, issues: Issues): void {
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
function targetBound(bands: readonly Band[]): { text: string; index: number; key: 'lt' | 'lte' } | null {
  for (const [index, band] of bands.entries()) {
    if (band.severity !== 'red') continue;
    if (band.lt !== undefined) return { text: band.lt, index, key: 'lt' };
    if (band.lte !== undefined) return { text: band.lte, index, key: 'lte' };
  }
  return null;
}

function check(value: unknown, spec: Spec, path: string, complete: boolean, issues: Issues): void {
  switch (spec.kind) {
    case 'decimal':
      checkDecimal(value, path, spec.range, issues);
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < spec.min) {
        issues.add(path, 'policy.not_integer', { value: show(value), min: spec.min });
      }
      return;
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        issues.add(path, 'policy.not_one_of', { value: show(value), options: spec.values.join(', ') });
      }
      return;
    case 'enumList':
      if (!Array.isArray(value)) {
        issues.add(path, 'policy.not_list_of', { options: spec.values.join(', ') });
        return;
      }
      value.forEach((v, i) => {
        if (typeof v !== 'string' || !spec.values.includes(v)) {
          issues.add(at(path, i), 'policy.not_one_of', { value: show(v), options: spec.values.join(', ') });
        }
      });
      return;
    case 'bands': {
      if (!Array.isArray(value)) {
        issues.add(path, 'policy.not_band_list');
        return;
      }
      const before = issues.size;
      value.forEach((band, i) => checkBand(band, at(path, i), spec.range, issues));
      // fundwatch-policy/1 let bands overlap (the worst matching band won): its lists are
      // checked as a whole once they are cut into disjoint bands (legacyBands).
      if (issues.size === before && !spec.legacy) checkBandList(value as Band[], path, spec.rule, issues);
      return;
    }
    case 'retired':
      issues.list.push(policyIssue(path, spec.reason));
      return;
    case 'text':
      if (typeof value !== 'string' || value.trim() === '') issues.add(path, 'policy.not_text');
      return;
    case 'list':
      if (!Array.isArray(value)) {
        issues.add(path, 'policy.not_list_of', { options: 'objects' });
        return;
      }
      value.forEach((item, i) => check(item, spec.item, at(path, i), true, issues));
      return;
    case 'cityMap':
    case 'object':
      if (!isPlainObject(value)) {
        issues.add(path, 'policy.not_object');
        return;
      }
      // An object's keys are its fields; a city map's are six-digit city codes, each with the same spec.
      for (const [key, v] of Object.entries(value)) {
        const own = spec.kind === 'object' ? spec.fields[key] : /^\d{6}$/.test(key) ? spec.value : undefined;
        if (own !== undefined) check(v, own, at(path, key), complete, issues);
        else if (spec.kind === 'object') issues.add(at(path, key), 'policy.unknown_key');
        else issues.add(at(path, key), 'policy.not_city_code', { key: show(key) });
      }
      if (spec.kind === 'object' && complete && !spec.partial) {
        for (const key of Object.keys(spec.fields)) {
          if (value[key] === undefined && !spec.optional?.includes(key)) issues.add(at(path, key), 'policy.missing');
        }
      }
      return;
  }
}

/** Objects merge key by key; arrays (band lists) and scalars replace whole. */
function merge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, v] of Object.entries(over)) out[key] = merge(base[key], v);
  return out;
}

function valueAt(value: unknown, keys: readonly string[]): unknown {
  let v = value;
  for (const k of keys) v = isPlainObject(v) ? v[k] : undefined;
  return v;
}

/** Index (into `blocks`) of the last block up to `upTo` that sets `keys`; -1 when none does. */
function setter(blocks: readonly Record<string, unknown>[], upTo: number, keys: readonly string[]): number {
  for (let i = upTo; i >= 0; i -= 1) if (valueAt(blocks[i], keys) !== undefined) return i;
  return -1;
}

/** The deadline rule's band, built from its one setting. */
function deadlineBand(rule: DeadlineRuleId, timeliness: PolicyBody['timeliness']): Band {
  const { setting, bound, severity } = DEADLINE_RULES[rule];
  return { severity, [bound]: String(timeliness[setting]) };
}

/**
 * A fundwatch-policy/1 band list in which bands overlap, as disjoint bands
 * that classify every value the same way: where bands overlapped, the
 * worst one won, so each stretch of values goes to its worst band (e.g.
 * yellow > 0.05 and red > 0.10 become yellow 0.05 < x ≤ 0.10, red > 0.10).
 * Lists whose bands do not overlap are returned as written.
 */
function legacyBands(bands: Band[]): Band[] {
  const probe = new Issues();
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
function fromLegacy(file: Record<string, unknown>, blocks: Record<string, unknown>[], issues: Issues): PolicyFile {
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

/** The stress block of the default policy (policy.default.json), for files that have none. */
const DEFAULT_STRESS = (defaults.years[0] as unknown as PolicyBody).stress;

/**
 * What the spec cannot say of policy.stress: each range's min is not above
 * its max, every preset's values lie in the ranges, preset ids are unique
 * and the default preset is one of them.
 */
function checkStress(stress: StressPolicy, issues: Issues): void {
  for (const param of STRESS_PARAMS) {
    const { min, max } = stress.ranges[param];
    if (new Dec(min).gt(max)) issues.add(`stress.ranges.${param}`, 'policy.range_order', { min, max });
  }
  const ids = new Set<string>();
  stress.presets.forEach((preset, i) => {
    if (ids.has(preset.id)) issues.add(`stress.presets[${i}].id`, 'policy.duplicate_id', { value: show(preset.id) });
    ids.add(preset.id);
    for (const param of STRESS_PARAMS) {
      const value = preset[param];
      if (value === undefined) continue;
      const { min, max } = stress.ranges[param];
      if (new Dec(value).lt(min) || new Dec(value).gt(max)) {
        issues.add(`stress.presets[${i}].${param}`, 'policy.out_of_range', { value: show(value), min, max });
      }
    }
  });
  if (!ids.has(stress.default_preset)) {
    issues.add('stress.default_preset', 'policy.unknown_preset', { value: show(stress.default_preset), options: [...ids].join(', ') });
  }
}

/** The policy of each block's year, resolved: the block and every earlier one merged. Block order = year order. */
interface Resolved {
  firstYear: number;
  years: { year: number; policy: Omit<Policy, 'year'> }[];
  byYear: Map<number, Policy>;
}

const RESOLVED = new WeakMap<PolicyFile, Resolved>();

/** Checks the current format block by block and year by year; returns the resolved years, or adds issues. */
function resolveAll(file: PolicyFile, issues: Issues): Resolved | null {
  const blocks = [...file.years].sort((a, b) => a.year - b.year).map((b) => ({ ...b }) as Record<string, unknown>);
  const start = issues.size;
  const years: Resolved['years'] = [];
  let merged: unknown = {};
  blocks.forEach((block) => {
    const { year, ...rest } = block;
    merged = merge(merged, rest);
    const yearIssues = new Issues();
    check(merged, SPEC, '', true, yearIssues);
    if (yearIssues.size === 0) {
      const body = merged as PolicyBody;
      const { factor_weight: factor, performance_weight: performance } = body.allocation;
      // The factor method's two terms must weigh 1 together, or the amounts are not the
      // formula's (allocateByFactors refuses them): caught here, where the year to fix is known.
      if (!new Dec(factor).plus(new Dec(performance)).eq(1)) yearIssues.add('allocation', 'policy.weights_sum', { factor, performance });
      if (body.stress !== undefined) checkStress(body.stress, yearIssues);
    }
    for (const i of yearIssues.list) issues.list.push(policyIssue(i.params.path, i.params.reason, year as number));
    if (yearIssues.size > 0) return;
    const body = structuredClone(merged) as PolicyBody;
    // A file written before stress scenarios existed takes the default ranges and presets.
    body.stress ??= structuredClone(DEFAULT_STRESS);
    const thresholds = { ...body.thresholds } as Record<BandedRuleId, Band[]>;
    for (const rule of DEADLINE_RULE_IDS) thresholds[rule] = [deadlineBand(rule, body.timeliness)];
    // A file written before a rule existed judges it by the default bands.
    for (const rule of LATER_RULE_IDS) thresholds[rule] ??= structuredClone(DEFAULT_THRESHOLDS[rule]);
    years.push({ year: year as number, policy: { ...body, thresholds } });
  });
  if (issues.size > start) return null;
  const first = years[0];
  if (first === undefined) return null;
  return { firstYear: first.year, years, byYear: new Map() };
}

function validateCurrent(file: PolicyFile): Resolved {
  const cached = RESOLVED.get(file);
  if (cached) return cached;
  const issues = new Issues();
  const years = (file as { years?: unknown }).years;
  if (!Array.isArray(years) || years.length === 0) throw new FundWatchError(policyIssue('years', message('policy.years_empty')));
  years.forEach((block: unknown, i) => {
    const rest: Record<string, unknown> = { ...(block as Record<string, unknown>) };
    delete rest.year;
    check(rest, SPEC, `years[${i}]`, i === 0, issues);
  });
  const resolved = resolveAll(file, issues);
  if (resolved === null || issues.size > 0) throw new FundWatchError(issues.list);
  RESOLVED.set(file, resolved);
  return resolved;
}

/**
 * Validate a parsed policy.json and resolve every year of it. Year blocks
 * must be ascending and unique; the first block must be complete (every
 * later year inherits from it), the others may set any subset. A file in
 * the older fundwatch-policy/1 format is returned in the current one (see
 * fromLegacy). Throws a FundWatchError with one policy issue per problem.
 */
export function parsePolicyFile(json: unknown): PolicyFile {
  const issues = new Issues();
  if (!isPlainObject(json)) throw new FundWatchError(policyIssue('', message('policy.not_json_object')));
  for (const key of Object.keys(json)) {
    if (!['schema', 'province_code', 'note', 'years'].includes(key)) issues.add(key, 'policy.unknown_key');
  }
  const legacy = json.schema === LEGACY_POLICY_SCHEMA;
  if (json.schema !== POLICY_SCHEMA && !legacy) issues.add('schema', 'policy.schema', { value: show(json.schema) });
  if (typeof json.province_code !== 'string' || !/^\d{6}$/.test(json.province_code)) {
    issues.add('province_code', 'policy.province_code', { value: show(json.province_code) });
  }
  if (json.note !== undefined && typeof json.note !== 'string') issues.add('note', 'policy.not_text');
  const years = json.years;
  if (!Array.isArray(years) || years.length === 0) {
    issues.add('years', 'policy.years_empty');
    throw new FundWatchError(issues.list);
  }
  let previous: number | undefined;
  years.forEach((block: unknown, i) => {
    const path = `years[${i}]`;
    if (!isPlainObject(block)) {
      issues.add(path, 'policy.not_object');
      return;
    }
    const { year, ...rest } = block;
    if (typeof year !== 'number' || !Number.isInteger(year)) {
      issues.add(`${path}.year`, 'policy.year_not_integer', { value: show(year) });
    } else {
      if (previous !== undefined && year <= previous) issues.add(`${path}.year`, 'policy.year_order', { value: year, previous });
      previous = year;
    }
    check(rest, legacy ? LEGACY_SPEC : SPEC, path, i === 0, issues);
  });
  if (issues.size > 0) throw new FundWatchError(issues.list);
  let file = json as unknown as PolicyFile;
  if (legacy) {
    file = fromLegacy(json, years as Record<string, unknown>[], issues);
    if (issues.size > 0) throw new FundWatchError(issues.list);
  }
  validateCurrent(file);
  return file;
}

export const DEFAULT_POLICY_FILE: PolicyFile = parsePolicyFile(defaults);

/**
 * The policy in force in `year`: every block up to that year merged in
 * order; a year before the first block takes the first block. Resolved
 * once per file (parsePolicyFile); this is a lookup, and the same object
 * for the same file and year.
 */
export function resolvePolicy(file: PolicyFile, year: number): Policy {
  const resolved = validateCurrent(file);
  let policy = resolved.byYear.get(year);
  if (policy === undefined) {
    const inForce = [...resolved.years].reverse().find((y) => y.year <= year) ?? resolved.years[0];
    if (inForce === undefined) throw new FundWatchError(policyIssue('years', message('policy.years_empty')));
    policy = { ...inForce.policy, year };
    resolved.byYear.set(year, policy);
  }
  return policy;
}

/** The enrollment target: the upper bound of the red coverage band (the one setting of both). */
export function coverageTarget(policy: Pick<Policy, 'thresholds'>): Decimal {
  const bound = targetBound(policy.thresholds.coverage);
  // Unreachable for a resolved policy: validation insists on the red band.
  if (bound === null) throw new FundWatchError(policyIssue('thresholds.coverage', message('policy.coverage_no_target')));
  return new Dec(bound.text);
}

/** Where the target is written in a year block: `thresholds.coverage.<i>.<lt|lte>` (dot path, as the policy form names fields). */
export function coverageTargetPath(policy: Pick<Policy, 'thresholds'>): string {
  const bound = targetBound(policy.thresholds.coverage);
  return bound === null ? 'thresholds.coverage' : `thresholds.coverage.${bound.index}.${bound.key}`;
}

/** A city's gap-sharing rule: its own settings over the province default. */
export function sharingRuleFor(policy: Policy, cityCode: string): SharingRule {
  const own = policy.sharing.cities[cityCode] ?? {};
  return {
    city_ratio: own.city_ratio ?? policy.sharing.default.city_ratio,
    county_basis: own.county_basis ?? policy.sharing.default.county_basis,
  };
}

/** Re-exported so callers of policy need one import. */
export type { AllocationPolicy, Band, Policy, PolicyFile, SharingRule };
export type { PolicyIssue } from './policyIssues';
