// The policy page's form: every value of one year's policy as an editable
// field, and the edited file built back from the fields. Validation is the
// domain's (parsePolicyFile, resolvePolicy); its issues carry paths, which
// put each reason next to the field it is about.
import { RULE_LABEL, SEVERITY_LABEL, CATEGORY_LABEL } from '../../domain/labels';
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

export const BASIS_LABEL: Record<string, string> = { expenditure: '按本年累计支出', insured: '按参保人数' };

const BOUND_LABEL: Record<string, string> = { gt: '>', gte: '≥', lt: '<', lte: '≤' };

const LABELS: Record<string, string> = {
  coverage_target: '参保率目标',
  months_payable_window_quarters: '可支付月数：月均支出取近几个季度',
  'financing.fiscal_subsidy_per_capita': '人均财政补助标准（元）',
  'financing.individual_contribution': '个人缴费标准（元）',
  'fiscal_split.central_share': '中央补助比例',
  'fiscal_split.province_share_of_rest_by_tier.1': '其余部分自治区承担比例 · 一类地区',
  'fiscal_split.province_share_of_rest_by_tier.2': '其余部分自治区承担比例 · 二类地区',
  'fiscal_split.province_share_of_rest_by_tier.3': '其余部分自治区承担比例 · 三类地区',
  'timeliness.pass_down_days': '转下达时限（天）',
  'timeliness.formal_budget_days': '正式预算下达时限（天）',
  'timeliness.advance_ratio_min': '提前下达比例下限',
  'sharing.default.city_ratio': '全区默认：盟市分担比例',
  'sharing.default.county_basis': '全区默认：旗县分担依据',
};

const ALLOCATION_LABELS: Record<string, string> = {
  factor_weight: '因素权重',
  performance_weight: '绩效权重',
  population_weight: '人口权重',
  incidence_weight: '发病率权重',
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bandFields(rule: BandedRuleId, bands: Policy['thresholds'][BandedRuleId]): PolicyField[] {
  return bands.flatMap((band, i) =>
    (['gt', 'gte', 'lt', 'lte'] as const).flatMap((bound) => {
      const value = band[bound];
      if (value === undefined) return [];
      return [
        {
          path: `thresholds.${rule}.${i}.${bound}`,
          group: '预警阈值',
          label: `${RULE_LABEL[rule].zh} · ${SEVERITY_LABEL[band.severity as Severity].zh} · 值 ${BOUND_LABEL[bound] ?? bound}`,
          kind: 'decimal' as const,
          value,
        },
      ];
    }),
  );
}

/** Scalar leaves of a policy part the page has no dedicated labels for (e.g. allocation weights). */
function leaves(value: unknown, path: string, group: string): PolicyField[] {
  if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`, group));
  if (typeof value === 'string' || typeof value === 'number') {
    const last = path.split('.').slice(1).map((k) => ALLOCATION_LABELS[k] ?? k).join(' · ');
    return [{ path, group, label: last, kind: typeof value === 'number' ? 'integer' : 'decimal', value: String(value) }];
  }
  return [];
}

/** Every field of `policy`, grouped in page order; `cities` get a row each for their own sharing rule. */
export function policyFields(policy: Policy, cities: readonly Region[]): PolicyField[] {
  const f = (path: string, group: string, kind: FieldKind, value: string | number): PolicyField => ({
    path,
    group,
    label: LABELS[path] ?? path,
    kind,
    value: String(value),
  });
  const fields: PolicyField[] = [
    f('coverage_target', '参保率与结余', 'decimal', policy.coverage_target),
    f('months_payable_window_quarters', '参保率与结余', 'integer', policy.months_payable_window_quarters),
    ...BANDED_RULE_IDS.flatMap((rule) => bandFields(rule, policy.thresholds[rule])),
    f('sharing.default.city_ratio', '缺口分担', 'decimal', policy.sharing.default.city_ratio),
    f('sharing.default.county_basis', '缺口分担', 'basis', policy.sharing.default.county_basis),
  ];
  for (const city of cities) {
    const own = policy.sharing.cities[city.code] ?? {};
    fields.push(
      {
        path: `sharing.cities.${city.code}.city_ratio`,
        group: '缺口分担',
        label: `${city.name} · 盟市分担比例`,
        kind: 'decimal',
        value: own.city_ratio ?? '',
        placeholder: `默认 ${policy.sharing.default.city_ratio}`,
      },
      {
        path: `sharing.cities.${city.code}.county_basis`,
        group: '缺口分担',
        label: `${city.name} · 旗县分担依据`,
        kind: 'basis',
        value: own.county_basis ?? '',
      },
    );
  }
  fields.push(
    f('financing.fiscal_subsidy_per_capita', '筹资标准与财政分担', 'decimal', policy.financing.fiscal_subsidy_per_capita),
    f('financing.individual_contribution', '筹资标准与财政分担', 'decimal', policy.financing.individual_contribution),
    f('fiscal_split.central_share', '筹资标准与财政分担', 'decimal', policy.fiscal_split.central_share),
    ...(['1', '2', '3'] as const).map((tier) =>
      f(
        `fiscal_split.province_share_of_rest_by_tier.${tier}`,
        '筹资标准与财政分担',
        'decimal',
        policy.fiscal_split.province_share_of_rest_by_tier[tier],
      ),
    ),
    ...CATEGORIES.map((c) => ({
      ...f(`categories.${c}.subsidy_ratio`, '资助参保比例', 'decimal', policy.categories[c].subsidy_ratio),
      label: `${CATEGORY_LABEL[c].zh} 资助比例`,
    })),
    f('timeliness.pass_down_days', '资金下达时限', 'integer', policy.timeliness.pass_down_days),
    f('timeliness.formal_budget_days', '资金下达时限', 'integer', policy.timeliness.formal_budget_days),
    f('timeliness.advance_ratio_min', '资金下达时限', 'decimal', policy.timeliness.advance_ratio_min),
  );
  // Allocation weights, when the file has them (the factor method's 90/10 and 60/40).
  const allocation: unknown = (policy as Partial<Policy>).allocation;
  if (allocation !== undefined) fields.push(...leaves(allocation, 'allocation', '因素法分配权重'));
  return fields;
}

export type Drafts = Readonly<Record<string, string>>;

export type EditResult =
  | { ok: true; file: PolicyFile }
  | { ok: false; issues: Record<string, string[]>; general: string[] };

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

/** The Chinese reason for a validator issue, keeping the original for what it does not know. */
export function reasonText(issue: string): string {
  const message = issue.slice(issue.indexOf(': ') + 2);
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
    const issues: Record<string, string[]> = {};
    const general: string[] = [];
    for (const issue of error.issues) {
      const path = issuePath(issue);
      // An issue about a field, or inside it, is that field's; one about a whole band goes to each of its bounds.
      const own = fields.filter((f) => path === f.path || path.startsWith(`${f.path}.`));
      const matched = own.length > 0 ? own : fields.filter((f) => f.path.startsWith(`${path}.`));
      for (const field of matched) (issues[field.path] ??= []).push(reasonText(issue));
      if (matched.length === 0) general.push(issue);
    }
    return { ok: false, issues, general };
  }
}

export function policyJsonText(file: PolicyFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
