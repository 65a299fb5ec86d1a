// What can be wrong with a policy.json: each problem is a code, the path it
// is about and its values, so the readers of a refusal (the data page, the
// policy form, the command line) say it in their own language from the same
// record instead of translating English text back.
import type { Label, Lang } from './lang';

export type PolicyIssueCode =
  | 'not_json_object'
  | 'not_object'
  | 'unknown_key'
  | 'missing'
  | 'number_not_text'
  | 'not_decimal'
  | 'not_ratio'
  | 'negative'
  | 'not_integer'
  | 'not_one_of'
  | 'not_list_of'
  | 'not_text'
  | 'not_city_code'
  | 'not_band_list'
  | 'band_not_object'
  | 'band_unknown_key'
  | 'band_no_bound'
  | 'band_both_lower'
  | 'band_both_upper'
  | 'band_empty'
  | 'band_order'
  | 'band_overlap'
  | 'band_gap'
  | 'coverage_no_target'
  | 'target_is_band'
  | 'deadline_is_timeliness'
  | 'coverage_target_disagrees'
  | 'deadline_disagrees'
  | 'schema'
  | 'province_code'
  | 'years_empty'
  | 'year_not_integer'
  | 'year_order'
  | 'weights_sum'
  | 'range_order'
  | 'out_of_range'
  | 'not_a_number'
  | 'not_whole_quarters'
  | 'unknown_parameter'
  | 'duplicate_parameter'
  | 'duplicate_id'
  | 'unknown_preset';

export type IssueParams = Readonly<Record<string, string | number>>;

export interface PolicyIssue {
  /** Where in the file: `years[0].thresholds.months_payable[2]`; for a resolved year, inside that year (`thresholds.months_payable`). */
  path: string;
  code: PolicyIssueCode;
  params: IssueParams;
  /** Set when the problem is in the policy a year resolves to (inherited values merged), not in one block. */
  year?: number;
}

type Say = (p: IssueParams) => string;

const p = (params: IssueParams, key: string): string => String(params[key] ?? '');

/** "values from 3 to 4" / "the value 3" (a single point: a bound both bands leave out). */
const range = (params: IssueParams, lang: Lang): string => {
  const from = p(params, 'from');
  const to = p(params, 'to');
  if (from === to) return lang === 'en' ? `the value ${from}` : `值 ${from}`;
  return lang === 'en' ? `values from ${from} to ${to}` : `${from} 到 ${to} 之间的值`;
};

const REASONS: Record<Lang, Record<PolicyIssueCode, Say>> = {
  en: {
    not_json_object: () => 'expected a JSON object',
    not_object: () => 'expected an object',
    unknown_key: () => 'unknown key',
    missing: () => 'missing',
    number_not_text: (x) => `${p(x, 'value')} must be written as a decimal string, e.g. "${p(x, 'text')}"`,
    not_decimal: (x) => `${p(x, 'value')} is not a decimal number`,
    not_ratio: (x) => `${p(x, 'value')} is a ratio and must be between 0 and 1`,
    negative: (x) => `${p(x, 'value')} must not be negative`,
    not_integer: (x) => `${p(x, 'value')} is not an integer ≥ ${p(x, 'min')}`,
    not_one_of: (x) => `${p(x, 'value')} is not one of ${p(x, 'options')}`,
    not_list_of: (x) => `expected a list of ${p(x, 'options')}`,
    not_text: () => 'expected text',
    not_city_code: (x) => `key ${p(x, 'key')} is not a six-digit city code`,
    not_band_list: () => 'expected a list of bands',
    band_not_object: () => 'expected a band object like {"severity": "red", "lt": "0.99"}',
    band_unknown_key: () => 'unknown key (expected severity, gt, gte, lt or lte)',
    band_no_bound: () => 'a band needs at least one bound (gt, gte, lt or lte)',
    band_both_lower: () => 'set gt or gte, not both',
    band_both_upper: () => 'set lt or lte, not both',
    band_empty: (x) => `no value lies between ${p(x, 'from')} and ${p(x, 'to')}`,
    band_order: (x) => `is listed after ${p(x, 'other')} but lies below it: list a rule's bands from the lowest values up`,
    band_overlap: (x) => `overlaps ${p(x, 'other')}: ${range(x, 'en')} would be in both bands (bands must not overlap)`,
    band_gap: (x) =>
      `leaves a gap after ${p(x, 'other')}: ${range(x, 'en')} would be in no band ` +
      '(neighbouring bands must meet; only one range, the normal one, may lie outside every band)',
    coverage_no_target: () => 'needs a red band with an upper bound, e.g. {"severity": "red", "lt": "0.99"}: that bound is the enrollment target',
    target_is_band: () =>
      'is not part of fundwatch-policy/2: the enrollment target is the upper bound of the red band in thresholds.coverage; set it there',
    deadline_is_timeliness: (x) => `is not part of fundwatch-policy/2: this rule reads timeliness.${p(x, 'setting')} alone; set it there`,
    coverage_target_disagrees: (x) =>
      `${p(x, 'value')} disagrees with ${p(x, 'other')} ${p(x, 'otherValue')}: the enrollment target is the upper bound of the red ` +
      'coverage band, one setting; make them equal or remove coverage_target',
    deadline_disagrees: (x) =>
      `${p(x, 'value')} disagrees with ${p(x, 'other')} ${p(x, 'otherValue')}: the rule reads ${p(x, 'other')} alone; ` +
      `remove thresholds.${p(x, 'rule')}`,
    schema: (x) => `${p(x, 'value')} is not "fundwatch-policy/2" (or the older "fundwatch-policy/1")`,
    province_code: (x) => `${p(x, 'value')} is not a six-digit region code`,
    years_empty: () => 'expected a non-empty list of year blocks',
    year_not_integer: (x) => `${p(x, 'value')} is not an integer year`,
    year_order: (x) => `${p(x, 'value')} does not come after ${p(x, 'previous')} (years must be ascending and unique)`,
    weights_sum: (x) => `factor_weight ${p(x, 'factor')} + performance_weight ${p(x, 'performance')} must add up to 1`,
    range_order: (x) => `min ${p(x, 'min')} is above max ${p(x, 'max')}`,
    out_of_range: (x) => `${p(x, 'value')} is outside the allowed range ${p(x, 'min')} to ${p(x, 'max')}`,
    not_a_number: (x) => `${p(x, 'value')} is not a number: write a ratio such as ${p(x, 'example')}; allowed ${p(x, 'min')} to ${p(x, 'max')}`,
    not_whole_quarters: (x) => `${p(x, 'value')} is not a whole number of quarters (allowed ${p(x, 'min')} to ${p(x, 'max')})`,
    unknown_parameter: (x) => `unknown scenario parameter (expected ${p(x, 'options')})`,
    duplicate_parameter: () => 'given twice',
    duplicate_id: (x) => `${p(x, 'value')} is used by another preset`,
    unknown_preset: (x) => `${p(x, 'value')} is not the id of a preset (${p(x, 'options')})`,
  },
  zh: {
    not_json_object: () => '应为一个 JSON 对象',
    not_object: () => '应为对象',
    unknown_key: () => '未知的键',
    missing: () => '缺少此项',
    number_not_text: (x) => `${p(x, 'value')} 须写成带引号的小数文本，如 "${p(x, 'text')}"`,
    not_decimal: (x) => `${p(x, 'value')} 不是数字（请写成如 0.99 的小数）`,
    not_ratio: (x) => `${p(x, 'value')} 是比例，须在 0 到 1 之间`,
    negative: (x) => `${p(x, 'value')} 不能为负数`,
    not_integer: (x) => `${p(x, 'value')} 须为不小于 ${p(x, 'min')} 的整数`,
    not_one_of: (x) => `${p(x, 'value')} 不是可选值之一（${p(x, 'options')}）`,
    not_list_of: (x) => `应为列表，取值为 ${p(x, 'options')}`,
    not_text: () => '应为文本',
    not_city_code: (x) => `键 ${p(x, 'key')} 不是六位盟市代码`,
    not_band_list: () => '应为档位列表',
    band_not_object: () => '应为档位对象，如 {"severity": "red", "lt": "0.99"}',
    band_unknown_key: () => '未知的键（可用 severity、gt、gte、lt、lte）',
    band_no_bound: () => '档位至少要有一个界限（gt、gte、lt 或 lte）',
    band_both_lower: () => 'gt 与 gte 只能设一个',
    band_both_upper: () => 'lt 与 lte 只能设一个',
    band_empty: (x) => `区间为空：没有值介于 ${p(x, 'from')} 与 ${p(x, 'to')} 之间`,
    band_order: (x) => `排在 ${p(x, 'other')} 之后却位于其下方：同一规则的档位须从低到高排列`,
    band_overlap: (x) => `与 ${p(x, 'other')} 重叠：${range(x, 'zh')}同属两档（档位不得重叠）`,
    band_gap: (x) => `与 ${p(x, 'other')} 之间有空档：${range(x, 'zh')}不属于任何档（相邻档位须首尾相接，只有一段正常区间可以不属于任何档）`,
    coverage_no_target: () => '须有一个带上界的红色档，如 {"severity": "red", "lt": "0.99"}：该上界即参保率目标',
    target_is_band: () => 'fundwatch-policy/2 中没有此项：参保率目标即 thresholds.coverage 中红色档的上界，请在该处设置',
    deadline_is_timeliness: (x) => `fundwatch-policy/2 中没有此项：该规则只读取 timeliness.${p(x, 'setting')}，请在该处设置`,
    coverage_target_disagrees: (x) =>
      `${p(x, 'value')} 与 ${p(x, 'other')} 的 ${p(x, 'otherValue')} 不一致：参保率目标就是参保率红色档的上界，只能有一个值；请改为相同或删除 coverage_target`,
    deadline_disagrees: (x) =>
      `${p(x, 'value')} 与 ${p(x, 'other')} 的 ${p(x, 'otherValue')} 不一致：该规则只读取 ${p(x, 'other')}；请删除 thresholds.${p(x, 'rule')}`,
    schema: (x) => `${p(x, 'value')} 不是 "fundwatch-policy/2"（或旧版 "fundwatch-policy/1"）`,
    province_code: (x) => `${p(x, 'value')} 不是六位行政区划代码`,
    years_empty: () => '应为非空的年度块列表',
    year_not_integer: (x) => `${p(x, 'value')} 不是整数年份`,
    year_order: (x) => `${p(x, 'value')} 不在 ${p(x, 'previous')} 之后（年份须递增且不重复）`,
    weights_sum: (x) => `因素权重 factor_weight ${p(x, 'factor')} 与绩效权重 performance_weight ${p(x, 'performance')} 之和须为 1`,
    range_order: (x) => `下限 ${p(x, 'min')} 大于上限 ${p(x, 'max')}`,
    out_of_range: (x) => `${p(x, 'value')} 超出允许范围 ${p(x, 'min')} 到 ${p(x, 'max')}`,
    not_a_number: (x) => `${p(x, 'value')} 不是数字：请写成如 ${p(x, 'example')} 的比例；允许 ${p(x, 'min')} 到 ${p(x, 'max')}`,
    not_whole_quarters: (x) => `${p(x, 'value')} 不是整数个季度（允许 ${p(x, 'min')} 到 ${p(x, 'max')}）`,
    unknown_parameter: (x) => `未知的情景参数（可用 ${p(x, 'options')}）`,
    duplicate_parameter: () => '重复给出',
    duplicate_id: (x) => `${p(x, 'value')} 与另一个预设重复`,
    unknown_preset: (x) => `${p(x, 'value')} 不是任何预设的 id（${p(x, 'options')}）`,
  },
};

/** The reason alone, without the path (the policy form shows it next to its field). */
export function policyIssueReason(issue: PolicyIssue, lang: Lang): string {
  return REASONS[lang][issue.code](issue.params);
}

/** `years[0].thresholds.coverage[1]: overlaps …` (English) or the same in Chinese, with the year it resolves for when it has one. */
export function policyIssueText(issue: PolicyIssue, lang: Lang): string {
  const year = issue.year === undefined ? '' : lang === 'en' ? `policy for ${issue.year}: ` : `${issue.year} 年政策：`;
  return `${year}${issue.path || 'policy'}: ${policyIssueReason(issue, lang)}`;
}

export function policyIssueLabel(issue: PolicyIssue): Label {
  return { zh: policyIssueText(issue, 'zh'), en: policyIssueText(issue, 'en') };
}
