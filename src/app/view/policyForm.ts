// The policy page's form: every value of one year's policy as an editable
// field, and the edited file built back from the fields. Validation is the
// domain's (parsePolicyFile); its issues are structured (path, code,
// values), which puts each reason next to the field it is about, said by
// the domain in both languages, so a switch of language after a refusal
// follows. The enrollment target is one field: the red coverage band's
// upper bound (there is no separate target to disagree with it).
import { RULE_LABEL, SEVERITY_LABEL, CATEGORY_LABEL } from '../../domain/labels';
import { Dec, isDecimalText } from '../../domain/money';
import { texts, type Label, type Lang } from '../../domain/lang';
import { perLevelWords, type LevelWords } from '../../domain/levelWords';
import { FundWatchError } from '../../domain/messages/error';
import type { Quoted } from '../../domain/messages/codes';
import { coverageTargetPath, parsePolicyFile, resolvePolicy } from '../../domain/policy/policy';
import { policyIssueReason, policyIssueText, type PolicyIssue } from '../../domain/policy/issues';
import { STRESS_PARAMS, type Band, type Policy, type PolicyFile, type StressParam } from '../../domain/policy/types';
import { bandValueKind, FILE_BANDED_RULE_IDS, RULES_IN_POINTS, type BandedRuleId, type ValueKind } from '../../domain/policy/rules';
import { CATEGORIES, type Region, type Severity } from '../../domain/types';

/**
 * 'percent': a ratio the file keeps as a decimal (0.99) that the reader types
 * and reads as a percentage ("99" or "99%"): `value` is the percentage text,
 * `fileValue` the ratio in force.
 */
/** `note`: a line read, not edited (a city without counties has no sharing rule to set). */
export type FieldKind = 'decimal' | 'integer' | 'basis' | 'percent' | 'note';

export interface PolicyField {
  /** Dot path inside a year block, array indexes as numbers: `thresholds.coverage.0.lt`. */
  path: string;
  group: string;
  label: string;
  kind: FieldKind;
  /** The value in force, as text; '' when a city inherits the province default. */
  value: string;
  placeholder?: string;
  /** The enrollment target (the red coverage band's upper bound), shown first in its group. */
  role?: 'coverage-target';
  /** For 'percent' fields: the value in force as the file keeps it (a ratio); '' when inherited. */
  fileValue?: string;
}

/** "0.99" → "99", "0.995" → "99.5", "" → "". The file's ratio as the percentage a reader types. */
export function ratioToPercentText(ratio: string): string {
  if (ratio.trim() === '' || !isDecimalText(ratio)) return ratio;
  return new Dec(ratio.trim()).times(100).toString();
}

/** "99", "99%", " 99.5 % " → "0.99" / "0.995"; null when it is not a percentage. */
export function percentTextToRatio(text: string): string | null {
  const t = text.trim().replace(/\s*[%％]$/, '').trim();
  if (!isDecimalText(t)) return null;
  return new Dec(t).div(100).toString();
}

/** Said next to the field; the page's refusal banner names the field (in the language on screen). */
const PERCENT_REFUSAL: Label = { zh: '请输入百分数，如 99 或 99%', en: 'Type a percentage, e.g. 99 or 99%' };
/** A percent field past 0–100: said in the percentage the reader types, not the ratio the file keeps. */
const PERCENT_RANGE: Label = { zh: '请输入 0 到 100 之间的百分数', en: 'Enter a percentage between 0 and 100' };
const PERCENT_NEGATIVE: Label = { zh: '请输入不小于 0 的百分数', en: 'Enter a percentage of 0 or more' };

/** The unit a bound of a difference of two rates is typed in: the points its alert reads (RULES_IN_POINTS). */
const POINTS_UNIT: Label = { zh: '个百分点', en: 'percentage points' };

/** A ratio field as the reader sees it: its value a percentage, "%" (or percentage points) in its label. */
function asPercent(field: PolicyField, lang: Lang, points = false): PolicyField {
  const unit = points ? POINTS_UNIT[lang] : '%';
  return {
    ...field,
    kind: 'percent',
    label: lang === 'zh' ? `${field.label}（${unit}）` : `${field.label} (${unit})`,
    value: ratioToPercentText(field.value),
    fileValue: field.value,
    placeholder: field.placeholder,
  };
}

/** The unit a band bound that is not a rate is typed in: policy.json keeps money in yuan, months and days as numbers. */
const BOUND_UNIT: Record<Exclude<ValueKind, 'rate'>, Label> = {
  money: { zh: '元', en: 'yuan' },
  months: { zh: '个月', en: 'months' },
  days: { zh: '天', en: 'days' },
};

function withUnit(field: PolicyField, kind: Exclude<ValueKind, 'rate'>, lang: Lang): PolicyField {
  const unit = BOUND_UNIT[kind][lang];
  return { ...field, label: lang === 'zh' ? `${field.label}（${unit}）` : `${field.label} (${unit})` };
}

/** How a city's counties split their part of a gap; the English reads inside a sentence ("split among the counties by …"). */
export const BASIS_LABEL: Record<string, Label> = {
  expenditure: { zh: '按本年累计支出', en: "by this year's expenditure" },
  insured: { zh: '按参保人数', en: 'by insured persons' },
};

const BOUND_LABEL: Record<string, string> = { gt: '>', gte: '≥', lt: '<', lte: '≤' };

const LABELS = perLevelWords((w): Record<string, Label> => ({
  coverage_target: { zh: '参保率目标（低于即红色预警）', en: 'Enrollment rate target (below it: red)' },
  months_payable_window_quarters: { zh: '可支付月数：月均支出取近几个季度', en: 'Months payable: quarters of spending averaged' },
  'financing.fiscal_subsidy_per_capita': { zh: '人均财政补助标准（元）', en: 'Fiscal subsidy per resident (yuan)' },
  'financing.individual_contribution': { zh: '个人缴费标准（元）', en: 'Individual contribution (yuan)' },
  'fiscal_split.central_share': { zh: '中央补助比例', en: 'Central share' },
  'fiscal_split.province_share_of_rest_by_tier.1': { zh: `其余部分${w.province}承担比例 · 一类地区`, en: 'Province share of the rest · tier 1' },
  'fiscal_split.province_share_of_rest_by_tier.2': { zh: `其余部分${w.province}承担比例 · 二类地区`, en: 'Province share of the rest · tier 2' },
  'fiscal_split.province_share_of_rest_by_tier.3': { zh: `其余部分${w.province}承担比例 · 三类地区`, en: 'Province share of the rest · tier 3' },
  'timeliness.pass_down_days': { zh: '转下达时限（天，超过即红色预警）', en: 'Days to pass funds down (more: red alert)' },
  'timeliness.formal_budget_days': { zh: '正式预算下达时限（天）', en: 'Days to pass the formal budget down' },
  'timeliness.advance_ratio_min': { zh: '提前下达比例下限（低于即黄色预警）', en: 'Minimum advance notice ratio (below it: yellow alert)' },
  'sharing.default.city_ratio': { zh: `${w.whole}默认：${w.city}分担比例`, en: 'Provincial default: city share' },
  'sharing.default.county_basis': { zh: `${w.whole}默认：${w.county}分担依据`, en: 'Provincial default: how counties share' },
}));

const ALLOCATION_LABELS: Record<string, Label> = {
  factor_weight: { zh: '因素权重', en: 'Factor weight' },
  performance_weight: { zh: '绩效权重', en: 'Performance weight' },
  population_weight: { zh: '人口权重', en: 'Population weight' },
  incidence_weight: { zh: '发病率权重', en: 'Incidence weight' },
};

const TEXT = texts(
  {
    coverage: '参保率与结余',
    thresholds: '预警阈值',
    sharing: '缺口分担',
    financing: '筹资标准与财政分担',
    subsidy: '资助参保比例',
    timeliness: '资金下达时限',
    allocation: '因素法分配权重',
    band: (rule: string, severity: string, bound: string) => `${rule} · ${severity} · 值 ${bound}`,
    cityRatio: (city: string, w: LevelWords) => `${city} · ${w.city}分担比例`,
    cityBasis: (city: string, w: LevelWords) => `${city} · ${w.county}分担依据`,
    noCounties: (w: LevelWords) => `无下辖${w.county}：缺口在结余弥补后全部由本级承担，无需分担设置`,
    defaultValue: (value: string) => `默认 ${value}`,
    categoryRatio: (category: string) => `${category} 资助比例`,
    stress: '压力测试情景',
    stressRange: (param: string, end: string) => `${param} · 允许${end}`,
    stressPreset: (preset: string, param: string) => `${preset} · ${param}`,
    min: '下限',
    max: '上限',
  },
  {
    coverage: 'Enrollment and balances',
    thresholds: 'Alert thresholds',
    sharing: 'Gap sharing',
    financing: 'Financing and fiscal split',
    subsidy: 'Enrollment subsidy ratios',
    timeliness: 'Transfer deadlines',
    allocation: 'Factor allocation weights',
    band: (rule: string, severity: string, bound: string) => `${rule} · ${severity} · value ${bound}`,
    cityRatio: (city: string) => `${city} · city share`,
    cityBasis: (city: string) => `${city} · how counties share`,
    noCounties: () => 'No counties: what the balance does not cover is borne by the city itself; nothing to set',
    defaultValue: (value: string) => `default ${value}`,
    categoryRatio: (category: string) => `${category}: subsidy ratio`,
    stress: 'Stress scenarios',
    stressRange: (param: string, end: string) => `${param} · allowed ${end}`,
    stressPreset: (preset: string, param: string) => `${preset} · ${param}`,
    min: 'minimum',
    max: 'maximum',
  },
);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bandFields(rule: BandedRuleId, bands: Policy['thresholds'][BandedRuleId], lang: Lang, skip: string): PolicyField[] {
  const t = TEXT[lang];
  return bands.flatMap((band, i) =>
    (['gt', 'gte', 'lt', 'lte'] as const).flatMap((bound) => {
      const value = band[bound];
      if (value === undefined || `thresholds.${rule}.${i}.${bound}` === skip) return [];
      const field: PolicyField = {
        path: `thresholds.${rule}.${i}.${bound}`,
        group: t.thresholds,
        label: t.band(RULE_LABEL[rule][lang], SEVERITY_LABEL[band.severity as Severity][lang], BOUND_LABEL[bound] ?? bound),
        kind: 'decimal',
        value,
      };
      const kind = bandValueKind(rule);
      return [kind === 'rate' ? asPercent(field, lang, RULES_IN_POINTS.has(rule)) : withUnit(field, kind, lang)];
    }),
  );
}

const STRESS_PARAM_LABEL: Record<StressParam, Label> = {
  income: { zh: '上级补助收入变动', en: 'Change in higher-level subsidies' },
  expenditure: { zh: '支出变动', en: 'Expenditure change' },
  insured: { zh: '参保人数变动', en: 'Insured persons change' },
  delay: { zh: '上级补助延迟（季度）', en: 'Delay of higher-level subsidies (quarters)' },
};

/** The stress block: each parameter's allowed range, and each preset's values (ratios as percentages, the delay in quarters). */
function stressFields(stress: Policy['stress'], lang: Lang): PolicyField[] {
  const t = TEXT[lang];
  const field = (path: string, label: string, value: string | number, param: StressParam): PolicyField => {
    const f: PolicyField = { path, group: t.stress, label, kind: param === 'delay' ? 'integer' : 'decimal', value: String(value) };
    return param === 'delay' ? f : asPercent(f, lang);
  };
  return [
    ...STRESS_PARAMS.flatMap((param) =>
      (['min', 'max'] as const).map((end) =>
        field(`stress.ranges.${param}.${end}`, t.stressRange(STRESS_PARAM_LABEL[param][lang], t[end]), stress.ranges[param][end], param),
      ),
    ),
    ...stress.presets.flatMap((preset, i) =>
      STRESS_PARAMS.flatMap((param) => {
        const value = preset[param];
        const name = lang === 'en' ? preset.name_en : preset.name;
        return value === undefined ? [] : [field(`stress.presets.${i}.${param}`, t.stressPreset(name, STRESS_PARAM_LABEL[param][lang]), value, param)];
      }),
    ),
  ];
}

/** Scalar leaves of a policy part the page has no dedicated labels for (e.g. allocation weights). */
function leaves(value: unknown, path: string, group: string, lang: Lang): PolicyField[] {
  if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`, group, lang));
  if (typeof value === 'string' || typeof value === 'number') {
    const last = path
      .split('.')
      .slice(1)
      .map((k) => ALLOCATION_LABELS[k]?.[lang] ?? k)
      .join(' · ');
    // The allocation weights are shares of a total (0.9 / 0.1): percentages to the reader.
    const field: PolicyField = { path, group, label: last, kind: typeof value === 'number' ? 'integer' : 'decimal', value: String(value) };
    return [typeof value === 'string' && path.endsWith('_weight') ? asPercent(field, lang) : field];
  }
  return [];
}

/**
 * Every field of `policy`, grouped in page order and labelled in `lang` (with
 * the province's level `words`);
 * `cities` get a row each for their own sharing rule, except those in
 * `withoutCounties` (东莞, 儋州…), which bear a gap whole whatever the rule
 * says: a line says so instead of two settings that change nothing.
 */
export function policyFields(
  policy: Policy,
  cities: readonly Region[],
  words: LevelWords,
  lang: Lang = 'zh',
  withoutCounties: ReadonlySet<string> = new Set(),
): PolicyField[] {
  const t = TEXT[lang];
  const labels = LABELS(words);
  const f = (path: string, group: string, kind: FieldKind, value: string | number): PolicyField => ({
    path,
    group,
    label: labels[path]?.[lang] ?? path,
    kind,
    value: String(value),
  });
  // The target is where the file keeps it, the red coverage band's upper bound: one field, one value.
  const targetPath = coverageTargetPath(policy);
  const target = valueAtPath(policy, targetPath);
  const pct = (field: PolicyField): PolicyField => asPercent(field, lang);
  const fields: PolicyField[] = [
    pct({ ...f(targetPath, t.coverage, 'decimal', typeof target === 'string' ? target : ''), label: labels.coverage_target?.[lang] ?? targetPath, role: 'coverage-target' }),
    f('months_payable_window_quarters', t.coverage, 'integer', policy.months_payable_window_quarters),
    // The deadline rules have no bands of their own in the file: their one setting is under timeliness.
    ...FILE_BANDED_RULE_IDS.flatMap((rule) => bandFields(rule, policy.thresholds[rule], lang, targetPath)),
    pct(f('sharing.default.city_ratio', t.sharing, 'decimal', policy.sharing.default.city_ratio)),
    f('sharing.default.county_basis', t.sharing, 'basis', policy.sharing.default.county_basis),
  ];
  for (const city of cities) {
    if (withoutCounties.has(city.code)) {
      fields.push({ path: `sharing.cities.${city.code}`, group: t.sharing, label: city.name, kind: 'note', value: t.noCounties(words) });
      continue;
    }
    const own = policy.sharing.cities[city.code] ?? {};
    fields.push(
      pct({
        path: `sharing.cities.${city.code}.city_ratio`,
        group: t.sharing,
        label: t.cityRatio(city.name, words),
        kind: 'decimal',
        value: own.city_ratio ?? '',
        placeholder: t.defaultValue(`${ratioToPercentText(policy.sharing.default.city_ratio)}%`),
      }),
      {
        path: `sharing.cities.${city.code}.county_basis`,
        group: t.sharing,
        label: t.cityBasis(city.name, words),
        kind: 'basis',
        value: own.county_basis ?? '',
      },
    );
  }
  fields.push(
    f('financing.fiscal_subsidy_per_capita', t.financing, 'decimal', policy.financing.fiscal_subsidy_per_capita),
    f('financing.individual_contribution', t.financing, 'decimal', policy.financing.individual_contribution),
    pct(f('fiscal_split.central_share', t.financing, 'decimal', policy.fiscal_split.central_share)),
    ...(['1', '2', '3'] as const).map((tier) =>
      pct(f(`fiscal_split.province_share_of_rest_by_tier.${tier}`, t.financing, 'decimal', policy.fiscal_split.province_share_of_rest_by_tier[tier])),
    ),
    ...CATEGORIES.map((c) =>
      pct({
        ...f(`categories.${c}.subsidy_ratio`, t.subsidy, 'decimal', policy.categories[c].subsidy_ratio),
        label: t.categoryRatio(CATEGORY_LABEL[c][lang]),
      }),
    ),
    f('timeliness.pass_down_days', t.timeliness, 'integer', policy.timeliness.pass_down_days),
    f('timeliness.formal_budget_days', t.timeliness, 'integer', policy.timeliness.formal_budget_days),
    pct(f('timeliness.advance_ratio_min', t.timeliness, 'decimal', policy.timeliness.advance_ratio_min)),
  );
  // Allocation weights, when the file has them (the factor method's 90/10 and 60/40).
  const allocation: unknown = (policy as Partial<Policy>).allocation;
  if (allocation !== undefined) fields.push(...leaves(allocation, 'allocation', t.allocation, lang));
  fields.push(...stressFields(policy.stress, lang));
  return fields;
}

export type Drafts = Readonly<Record<string, string>>;

/** A refusal: each field's reasons in both languages; issues no field owns, with their paths, in both languages too. */
export type EditResult =
  | { ok: true; file: PolicyFile }
  | { ok: false; issues: Record<string, Label[]>; general: Label[] };

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/**
 * Writes `text` at `path` of the year block. Lists replace whole when
 * policies merge, so an edit inside a list (a band bound) writes the year's
 * entire list, copied from the policy in force.
 */
function writeAt(block: Record<string, unknown>, resolved: unknown, path: string[], value: unknown): void {
  let target: Record<string, unknown> | unknown[] = block;
  let source: unknown = resolved;
  for (let i = 0; i < path.length - 1; i += 1) {
    const key = path[i] as string;
    source = isObject(source) || Array.isArray(source) ? (source as Record<string, unknown>)[key] : undefined;
    const container = target as Record<string, unknown>;
    if (Array.isArray(source)) {
      if (!Array.isArray(container[key])) container[key] = clone(source);
    } else if (!isObject(container[key]) && !Array.isArray(container[key])) {
      container[key] = {};
    }
    target = container[key] as Record<string, unknown> | unknown[];
  }
  (target as Record<string, unknown>)[path[path.length - 1] as string] = value;
}

function typed(field: PolicyField, text: string): unknown {
  const t = text.trim();
  if (field.kind === 'integer' && /^-?\d+$/.test(t)) return Number(t);
  return t;
}

function valueAtPath(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.split('.')) v = isObject(v) || Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** `years[3].thresholds.coverage[0].lt` → `thresholds.coverage.0.lt` (a resolved year's issue has no `years[…]`). */
function issuePath(issue: PolicyIssue): string {
  return issue.params.path.replace(/^years\[\d+\]\.?/, '').replace(/\[(\d+)\]/g, '.$1');
}

const LOWER = ['gt', 'gte'] as const;
const UPPER = ['lt', 'lte'] as const;

/**
 * Edits of band bounds, each with the bound of the neighbouring band that
 * met it: bands of a rule meet, so moving one band's end moves the next
 * one's start (and the target moves the yellow band with it). A neighbour's
 * bound the user edited as well is left as they wrote it.
 */
function withNeighbours(policy: Policy, fields: readonly PolicyField[], drafts: Drafts): { edits: Record<string, string>; movedBy: Record<string, string> } {
  const edits: Record<string, string> = {};
  /** A neighbour's bound → the edited bound that moved it: a refusal of the value is the edited field's. */
  const movedBy: Record<string, string> = {};
  const edited = (path: string): boolean => {
    const field = fields.find((f) => f.path === path);
    const text = drafts[path];
    return field !== undefined && text !== undefined && text.trim() !== field.value;
  };
  for (const field of fields) {
    if (!edited(field.path)) continue;
    const text = (drafts[field.path] as string).trim();
    edits[field.path] = text;
    const m = /^thresholds\.(\w+)\.(\d+)\.(gt|gte|lt|lte)$/.exec(field.path);
    if (!m) continue;
    const rule = m[1] as BandedRuleId;
    const index = Number(m[2]);
    const bound = m[3] as keyof Band;
    const bands = policy.thresholds[rule];
    const upper = (UPPER as readonly string[]).includes(bound);
    const neighbour = bands[upper ? index + 1 : index - 1];
    // Only a number moves the neighbour: a typo is said once, at the field it was typed in.
    if (neighbour === undefined || !/^-?\d+(\.\d+)?$/.test(text)) continue;
    for (const key of upper ? LOWER : UPPER) {
      const path = `thresholds.${rule}.${upper ? index + 1 : index - 1}.${key}`;
      if (neighbour[key] === field.value && !edited(path)) {
        edits[path] = text;
        movedBy[path] = field.path;
      }
    }
  }
  return { edits, movedBy };
}

/** A ratio the file keeps as the percentage the reader types: "0.99" → "99%" (anything else as it is). */
function quotedPercent(v: Quoted): Quoted {
  return typeof v === 'string' && isDecimalText(v) ? `${ratioToPercentText(v)}%` : v;
}

/**
 * The reason for `field`, in the unit the field is typed in: a percent field's
 * refusal speaks of percentages (0 to 100, 99%), not of the ratio (1.5) the
 * typed 150 became on its way into the file.
 */
function reasonFor(issue: PolicyIssue, field: PolicyField | undefined): Label {
  const reason = issue.params.reason;
  if (field?.kind === 'percent') {
    if (reason.code === 'policy.not_ratio') return PERCENT_RANGE;
    if (reason.code === 'policy.negative') return PERCENT_NEGATIVE;
    if (reason.code === 'policy.band_empty' || reason.code === 'policy.band_overlap' || reason.code === 'policy.band_gap') {
      const params = { ...reason.params, from: quotedPercent(reason.params.from), to: quotedPercent(reason.params.to) };
      issue = { ...issue, params: { ...issue.params, reason: { ...reason, params } as typeof reason } };
    }
  }
  const en = policyIssueReason(issue, 'en');
  return { zh: policyIssueReason(issue, 'zh'), en: en.charAt(0).toUpperCase() + en.slice(1) };
}

/**
 * The file with the year's edited values, validated as a whole. Only fields
 * whose text differs from the value in force are written; a blank city
 * field keeps inheriting the province default.
 */
export function applyDrafts(file: PolicyFile, year: number, shownFields: readonly PolicyField[], shownDrafts: Drafts): EditResult {
  // Percent fields back into the file's terms (99 → 0.99) before anything else; a percentage that is
  // not a number is refused at its field, by the field's name.
  const percentIssues: Record<string, Label[]> = {};
  const fields = shownFields.map((f) => (f.kind === 'percent' ? { ...f, kind: 'decimal' as const, value: f.fileValue ?? '' } : f));
  const drafts: Record<string, string> = {};
  for (const [path, text] of Object.entries(shownDrafts)) {
    const field = shownFields.find((f) => f.path === path);
    if (field?.kind !== 'percent' || text.trim() === field.value) {
      drafts[path] = field?.kind === 'percent' ? (field.fileValue ?? '') : text;
      continue;
    }
    if (text.trim() === '') {
      drafts[path] = '';
      continue;
    }
    const ratio = percentTextToRatio(text);
    if (ratio === null) (percentIssues[path] ??= []).push(PERCENT_REFUSAL);
    else drafts[path] = ratio;
  }
  const refusedPercent = Object.keys(percentIssues).length > 0;
  const next = clone(file);
  // A year before the first block is governed by the first block (resolvePolicy), so that is where it is edited.
  const first = [...next.years].sort((a, b) => a.year - b.year)[0];
  let found = first !== undefined && year < first.year ? first : next.years.find((b) => b.year === year);
  if (!found) {
    found = { year };
    next.years.push(found);
    next.years.sort((a, b) => a.year - b.year);
  }
  const block = found as unknown as Record<string, unknown>;
  const resolved = resolvePolicy(file, year);
  const { edits, movedBy } = withNeighbours(resolved, fields, drafts);
  for (const [path, text] of Object.entries(edits)) {
    const field = fields.find((f) => f.path === path);
    if (text === '' && path.startsWith('sharing.cities.')) continue;
    writeAt(block, resolved, path.split('.'), field ? typed(field, text) : text);
  }
  try {
    const parsed = parsePolicyFile(next);
    return refusedPercent ? { ok: false, issues: percentIssues, general: [] } : { ok: true, file: parsed };
  } catch (error) {
    if (!(error instanceof FundWatchError)) throw error;
    const issues: Record<string, Label[]> = { ...percentIssues };
    const general: Label[] = [];
    for (const issue of error.messages as readonly PolicyIssue[]) {
      const path = issuePath(issue);
      // An issue about a field, or inside it, is that field's; one about a whole band goes to each of its bounds.
      const own = fields.filter((f) => path === f.path || path.startsWith(`${f.path}.`));
      const matched = own.length > 0 ? own : fields.filter((f) => f.path.startsWith(`${path}.`));
      for (const field of matched) {
        // A bound the user did not touch but an edit moved is refused at the edit (once), not at a field still showing its valid value.
        const at = movedBy[field.path] ?? field.path;
        const reason = reasonFor(issue, shownFields.find((f) => f.path === at));
        const list = (issues[at] ??= []);
        if (!list.some((r) => r.en === reason.en)) list.push(reason);
      }
      if (matched.length === 0) general.push({ zh: policyIssueText(issue, 'zh'), en: policyIssueText(issue, 'en') });
    }
    return { ok: false, issues, general };
  }
}

export function policyJsonText(file: PolicyFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
