// policy.stress: the checks its spec cannot express, and the default
// block a file written before stress scenarios existed takes.
import defaults from './policy.default.json';
import { Dec } from '../money';
import type { IssueList } from './issues';
import { STRESS_PARAMS, type PolicyBody, type StressPolicy } from './types';
import { show } from './values';

/** The stress block of the default policy (policy.default.json), for files that have none. */
export const DEFAULT_STRESS = (defaults.years[0] as unknown as PolicyBody).stress;

/**
 * What the spec cannot say of policy.stress: each range's min is not above
 * its max, every preset's values lie in the ranges, preset ids are unique
 * and the default preset is one of them.
 */
export function checkStress(stress: StressPolicy, issues: IssueList): void {
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
