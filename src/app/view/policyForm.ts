// The policy page's form: every value of one year's policy as an editable
// field, and the edited file built back from the fields. Validation is the
// domain's (parsePolicyFile, resolvePolicy); its issues carry paths, which
// put each reason next to the field it is about. Labels come in the page's
// language; each refusal in both (the validator speaks English, the Chinese
// is translated here), so a switch of language after a refusal follows.
import { RULE_LABEL, SEVERITY_LABEL, CATEGORY_LABEL } from '../../domain/labels';
import { texts, type Label, type Lang } from '../../domain/lang';
import { parsePolicyFile, PolicyError, resolvePolicy } from '../../domain/policy';
import type { Policy, PolicyFile } from '../../domain/policyTypes';
import { BANDED_RULE_IDS, type BandedRuleId } from '../../domain/rules';
import { CATEGORIES, type Region, type Severity } from '../../domain/types';

export type FieldKind = 'decimal' | 'integer' | 'basis';

export interface PolicyField {
  /** Dot path inside a year block, array indexes as numbers: `thresholds.coverage.0.lt`. */
  path: string;
  group: string;
  label: string;
  kind: FieldKind;
  /** The value in force, as text; '' when a city inherits the province default. */
  value: string;
  placeholder?: string;
}

/** How a city's counties split their part of a gap; the English reads inside a sentence ("split among the counties by …"). */
export const BASIS_LABEL: Record<string, Label> = {
  expenditure: { zh: '按本年累计支出', en: "by this year's expenditure" },
  insured: { zh: '按参保人数', en: 'by insured persons' },
};

const BOUND_LABEL: Record<string, string> = { gt: '>', gte: '≥', lt: '<', lte: '≤' };

const LABELS: Record<string, Label> = {
  coverage_target: { zh: '参保率目标', en: 'Enrollment rate target' },
  months_payable_window_quarters: { zh: '可支付月数：月均支出取近几个季度', en: 'Months payable: quarters of spending averaged' },
  'financing.fiscal_subsidy_per_capita': { zh: '人均财政补助标准（元）', en: 'Fiscal subsidy per resident (yuan)' },
  'financing.individual_contribution': { zh: '个人缴费标准（元）', en: 'Individual contribution (yuan)' },
  'fiscal_split.central_share': { zh: '中央补助比例', en: 'Central share' },
  'fiscal_split.province_share_of_rest_by_tier.1': { zh: '其余部分自治区承担比例 · 一类地区', en: 'Province share of the rest · tier 1' },
  'fiscal_split.province_share_of_rest_by_tier.2': { zh: '其余部分自治区承担比例 · 二类地区', en: 'Province share of the rest · tier 2' },
  'fiscal_split.province_share_of_rest_by_tier.3': { zh: '其余部分自治区承担比例 · 三类地区', en: 'Province share of the rest · tier 3' },
  'timeliness.pass_down_days': { zh: '转下达时限（天）', en: 'Days to pass funds down' },
  'timeliness.formal_budget_days': { zh: '正式预算下达时限（天）', en: 'Days to pass the formal budget down' },
  'timeliness.advance_ratio_min': { zh: '提前下达比例下限', en: 'Minimum advance notice ratio' },
  'sharing.default.city_ratio': { zh: '全区默认：盟市分担比例', en: 'Provincial default: city share' },
  'sharing.default.county_basis': { zh: '全区默认：旗县分担依据', en: 'Provincial default: how counties share' },
};

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
    cityRatio: (city: string) => `${city} · 盟市分担比例`,
    cityBasis: (city: string) => `${city} · 旗县分担依据`,
    defaultValue: (value: string) => `默认 ${value}`,
    categoryRatio: (category: string) => `${category} 资助比例`,
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
    defaultValue: (value: string) => `default ${value}`,
    categoryRatio: (category: string) => `${category}: subsidy ratio`,
  },
);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bandFields(rule: BandedRuleId, bands: Policy['thresholds'][BandedRuleId], lang: Lang): PolicyField[] {
  const t = TEXT[lang];
  return bands.flatMap((band, i) =>
    (['gt', 'gte', 'lt', 'lte'] as const).flatMap((bound) => {
      const value = band[bound];
      if (value === undefined) return [];
      return [
        {
          path: `thresholds.${rule}.${i}.${bound}`,
          group: t.thresholds,
          label: t.band(RULE_LABEL[rule][lang], SEVERITY_LABEL[band.severity as Severity][lang], BOUND_LABEL[bound] ?? bound),
          kind: 'decimal' as const,
          value,
        },
      ];
    }),
  );
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
    return [{ path, group, label: last, kind: typeof value === 'number' ? 'integer' : 'decimal', value: String(value) }];
  }
  return [];
}

/** Every field of `policy`, grouped in page order and labelled in `lang`; `cities` get a row each for their own sharing rule. */
export function policyFields(policy: Policy, cities: readonly Region[], lang: Lang = 'zh'): PolicyField[] {
  const t = TEXT[lang];
  const f = (path: string, group: string, kind: FieldKind, value: string | number): PolicyField => ({
    path,
    group,
    label: LABELS[path]?.[lang] ?? path,
    kind,
    value: String(value),
  });
  const fields: PolicyField[] = [
    f('coverage_target', t.coverage, 'decimal', policy.coverage_target),
    f('months_payable_window_quarters', t.coverage, 'integer', policy.months_payable_window_quarters),
    ...BANDED_RULE_IDS.flatMap((rule) => bandFields(rule, policy.thresholds[rule], lang)),
    f('sharing.default.city_ratio', t.sharing, 'decimal', policy.sharing.default.city_ratio),
    f('sharing.default.county_basis', t.sharing, 'basis', policy.sharing.default.county_basis),
  ];
  for (const city of cities) {
    const own = policy.sharing.cities[city.code] ?? {};
    fields.push(
      {
        path: `sharing.cities.${city.code}.city_ratio`,
        group: t.sharing,
        label: t.cityRatio(city.name),
        kind: 'decimal',
        value: own.city_ratio ?? '',
        placeholder: t.defaultValue(policy.sharing.default.city_ratio),
      },
      {
        path: `sharing.cities.${city.code}.county_basis`,
        group: t.sharing,
        label: t.cityBasis(city.name),
        kind: 'basis',
        value: own.county_basis ?? '',
      },
    );
  }
  fields.push(
    f('financing.fiscal_subsidy_per_capita', t.financing, 'decimal', policy.financing.fiscal_subsidy_per_capita),
    f('financing.individual_contribution', t.financing, 'decimal', policy.financing.individual_contribution),
    f('fiscal_split.central_share', t.financing, 'decimal', policy.fiscal_split.central_share),
    ...(['1', '2', '3'] as const).map((tier) =>
      f(`fiscal_split.province_share_of_rest_by_tier.${tier}`, t.financing, 'decimal', policy.fiscal_split.province_share_of_rest_by_tier[tier]),
    ),
    ...CATEGORIES.map((c) => ({
      ...f(`categories.${c}.subsidy_ratio`, t.subsidy, 'decimal', policy.categories[c].subsidy_ratio),
      label: t.categoryRatio(CATEGORY_LABEL[c][lang]),
    })),
    f('timeliness.pass_down_days', t.timeliness, 'integer', policy.timeliness.pass_down_days),
    f('timeliness.formal_budget_days', t.timeliness, 'integer', policy.timeliness.formal_budget_days),
    f('timeliness.advance_ratio_min', t.timeliness, 'decimal', policy.timeliness.advance_ratio_min),
  );
  // Allocation weights, when the file has them (the factor method's 90/10 and 60/40).
  const allocation: unknown = (policy as Partial<Policy>).allocation;
  if (allocation !== undefined) fields.push(...leaves(allocation, 'allocation', t.allocation, lang));
  return fields;
}

export type Drafts = Readonly<Record<string, string>>;

/** A refusal: each field's reasons in both languages; issues no field owns as the validator wrote them (its words are English). */
export type EditResult =
  | { ok: true; file: PolicyFile }
  | { ok: false; issues: Record<string, Label[]>; general: string[] };

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

const REASONS: [RegExp, string][] = [
  [/is not a decimal number/, '不是数字（请写成如 0.99 的小数）'],
  [/is a ratio and must be between 0 and 1/, '是比例，须在 0 到 1 之间'],
  [/must not be negative/, '不能为负数'],
  [/is not an integer ≥ (\d+)/, '须为不小于 $1 的整数'],
  [/no value lies between (\S+) and (\S+)/, '区间为空：没有值介于 $1 与 $2 之间'],
  [/is not one of/, '不是可选值之一'],
];

/** The reason for a validator issue without its path: in Chinese where it is known (the original for the rest), in English as the validator wrote it. */
export function reasonText(issue: string, lang: Lang = 'zh'): string {
  const message = issue.slice(issue.indexOf(': ') + 2);
  if (lang === 'en') return message.charAt(0).toUpperCase() + message.slice(1);
  for (const [pattern, zh] of REASONS) {
    const m = pattern.exec(message);
    if (m) return `${message.slice(0, m.index).trim()} ${zh.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '')}`.trim();
  }
  return message;
}

/** `years[3].thresholds.coverage[0].lt: …` → `thresholds.coverage.0.lt`. */
function issuePath(issue: string): string {
  const head = issue.slice(0, issue.indexOf(': ') >= 0 ? issue.indexOf(': ') : issue.length);
  return head
    .replace(/^policy for \d+: /, '')
    .replace(/^years\[\d+\]\./, '')
    .replace(/\[(\d+)\]/g, '.$1');
}

/**
 * The file with the year's edited values, validated as a whole. Only fields
 * whose text differs from the value in force are written; a blank city
 * field keeps inheriting the province default.
 */
export function applyDrafts(file: PolicyFile, year: number, fields: readonly PolicyField[], drafts: Drafts): EditResult {
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
  for (const field of fields) {
    const text = drafts[field.path];
    if (text === undefined || text.trim() === field.value) continue;
    if (text.trim() === '' && field.path.startsWith('sharing.cities.')) continue;
    writeAt(block, resolved, field.path.split('.'), typed(field, text));
  }
  try {
    const parsed = parsePolicyFile(next);
    resolvePolicy(parsed, year);
    return { ok: true, file: parsed };
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    const issues: Record<string, Label[]> = {};
    const general: string[] = [];
    for (const issue of error.issues) {
      const path = issuePath(issue);
      // An issue about a field, or inside it, is that field's; one about a whole band goes to each of its bounds.
      const own = fields.filter((f) => path === f.path || path.startsWith(`${f.path}.`));
      const matched = own.length > 0 ? own : fields.filter((f) => f.path.startsWith(`${path}.`));
      const reason = { zh: reasonText(issue), en: reasonText(issue, 'en') };
      for (const field of matched) (issues[field.path] ??= []).push(reason);
      if (matched.length === 0) general.push(issue);
    }
    return { ok: false, issues, general };
  }
}

export function policyJsonText(file: PolicyFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
