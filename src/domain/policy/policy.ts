// policy.json: validation with precise paths, and resolution of every year.
// The file is user input (a province edits its own thresholds), so every
// value is checked and every problem is reported with where it is, as a
// structured PolicyIssue (issues.ts; messages/zh.ts and en.ts say it).
//
// A file is read ONCE: parsePolicyFile validates it (schema.ts, bandLists.ts),
// turns the older fundwatch-policy/1 format into the current one
// (legacy.ts), and resolves the policy of each year block (resolve.ts), so
// that resolvePolicy is a lookup that never fails for a file it returned.
import defaults from './policy.default.json';
import { Dec, type Decimal } from '../money';
import { message } from '../messages/codes';
import { FundWatchError } from '../messages/error';
import { targetBound } from './bandLists';
import { IssueList, policyIssue } from './issues';
import { fromLegacy } from './legacy';
import { validateCurrent } from './resolve';
import { LEGACY_SPEC, SPEC, check } from './schema';
import { LEGACY_POLICY_SCHEMA, POLICY_SCHEMA, type AllocationPolicy, type Band, type Policy, type PolicyFile, type SharingRule } from './types';
import { isPlainObject, show } from './values';

export { resolvePolicy } from './resolve';

/**
 * Validate a parsed policy.json and resolve every year of it. Year blocks
 * must be ascending and unique; the first block must be complete (every
 * later year inherits from it), the others may set any subset. A file in
 * the older fundwatch-policy/1 format is returned in the current one (see
 * fromLegacy). Throws a FundWatchError with one policy issue per problem.
 */
export function parsePolicyFile(json: unknown): PolicyFile {
  const issues = new IssueList();
  if (!isPlainObject(json)) throw new FundWatchError(policyIssue('', message('policy.not_json_object')));
  for (const key of Object.keys(json)) {
    if (!['schema', 'province_code', 'note', 'years'].includes(key)) issues.add(key, 'policy.unknown_key');
  }
  const legacy = json.schema === LEGACY_POLICY_SCHEMA;
  // A key left out is said as missing with what belongs there, not quoted as JavaScript's `undefined`.
  if (json.schema === undefined) issues.add('schema', 'policy.schema_missing');
  else if (json.schema !== POLICY_SCHEMA && !legacy) issues.add('schema', 'policy.schema', { value: show(json.schema) });
  if (json.province_code === undefined) issues.add('province_code', 'policy.province_code_missing');
  else if (typeof json.province_code !== 'string' || !/^\d{6}$/.test(json.province_code)) {
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
 * The defaults for data of `provinceCode` that has no policy.json: the same
 * figures under the data's own province code, so that a policy.json written
 * from them (the page's download, the data export) loads back beside that
 * data without a notice that it belongs to another province.
 */
export function defaultPolicyFor(provinceCode: string | null): PolicyFile {
  if (provinceCode === null || provinceCode === DEFAULT_POLICY_FILE.province_code) return DEFAULT_POLICY_FILE;
  return { ...DEFAULT_POLICY_FILE, province_code: provinceCode };
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
export type { PolicyIssue } from './issues';
