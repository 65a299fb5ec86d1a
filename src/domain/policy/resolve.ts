// Every year of a valid file resolved once (inheritance merged, deadline
// bands derived, later rules' default bands filled in) and kept with the
// file, so resolvePolicy is a lookup that never fails for a parsed file.
import defaults from './policy.default.json';
import { Dec } from '../money';
import { message } from '../messages/codes';
import { FundWatchError } from '../messages/error';
import { deadlineBand } from './bandLists';
import { merge } from './inherit';
import { IssueList, policyIssue } from './issues';
import { DEADLINE_RULE_IDS, LATER_RULE_IDS, type BandedRuleId } from './rules';
import { SPEC, check } from './schema';
import { DEFAULT_STRESS, checkStress } from './stressChecks';
import type { Band, Policy, PolicyBody, PolicyFile } from './types';

/** The default bands, for rules added after a file was written. */
const DEFAULT_THRESHOLDS = (defaults.years[0] as unknown as PolicyBody).thresholds;

/** The policy of each block's year, resolved: the block and every earlier one merged. Block order = year order. */
interface Resolved {
  firstYear: number;
  years: { year: number; policy: Omit<Policy, 'year'> }[];
  byYear: Map<number, Policy>;
}

const RESOLVED = new WeakMap<PolicyFile, Resolved>();

/** Checks the current format block by block and year by year; returns the resolved years, or adds issues. */
function resolveAll(file: PolicyFile, issues: IssueList): Resolved | null {
  const blocks = [...file.years].sort((a, b) => a.year - b.year).map((b) => ({ ...b }) as Record<string, unknown>);
  const start = issues.size;
  const years: Resolved['years'] = [];
  let merged: unknown = {};
  blocks.forEach((block) => {
    const { year, ...rest } = block;
    merged = merge(merged, rest);
    const yearIssues = new IssueList();
    check(merged, SPEC, '', true, yearIssues);
    if (yearIssues.size === 0) {
      const body = merged as PolicyBody;
      const { factor_weight: factor, performance_weight: performance, population_weight: population, incidence_weight: incidence } = body.allocation;
      // The factor method's two terms must weigh 1 together, or the amounts are not the
      // formula's (allocateByFactors refuses them): caught here, where the year to fix is known.
      if (!new Dec(factor).plus(new Dec(performance)).eq(1)) yearIssues.add('allocation', 'policy.weights_sum', { factor, performance });
      // The emergency pot's w is normalised, so 0.6 / 0.6 would still allocate, but as 50 / 50:
      // not the rule's 60 / 40 the file's author meant. The page's scenario form asks the same of its pair.
      if (!new Dec(population).plus(new Dec(incidence)).eq(1)) yearIssues.add('allocation', 'policy.emergency_weights_sum', { population, incidence });
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

export function validateCurrent(file: PolicyFile): Resolved {
  const cached = RESOLVED.get(file);
  if (cached) return cached;
  const issues = new IssueList();
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
