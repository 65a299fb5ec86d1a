// The one question display code asks about a value: which severity does the
// policy give it? Pages, charts and the report colour KPIs, bars, chips and
// table rows through these functions and never apply bands themselves, so
// what is coloured red is what the alerts call red.
import { classify } from './bands';
import { Dec, type Decimal } from '../money';
import type { Policy } from './types';
import type { BandedRuleId } from './rules';
import type { Severity } from '../vocabulary';

/** What the severity functions read of a resolved policy. */
export type PolicyBands = Pick<Policy, 'thresholds'>;

/** The severity of `value` under `rule`'s bands in `policy`; null = normal (or no value). */
export function severityOf(rule: BandedRuleId, value: Decimal | null, policy: PolicyBands): Severity | null {
  if (value === null) return null;
  return classify(value, policy.thresholds[rule])?.severity ?? null;
}

/**
 * Whether a rounded figure reads in `value`'s band: 5.96 months (orange, below 6) rounded to 6.0 does not,
 * 9.003 (blue, 9 and above) rounded to 9.0 does — the band's own limits say which side equality is on.
 */
export function inBandOf(rule: BandedRuleId, value: Decimal, policy: PolicyBands): (shown: Decimal) => boolean {
  const band = severityOf(rule, value, policy);
  return (shown) => severityOf(rule, shown, policy) === band;
}

/** Every value at which `rule`'s severity may change, lowest first. */
export function bandBoundaries(rule: BandedRuleId, policy: PolicyBands): Decimal[] {
  const values = policy.thresholds[rule].flatMap((b) => [b.gt, b.gte, b.lt, b.lte]).filter((v): v is string => v !== undefined);
  const unique = new Map(values.map((v) => [new Dec(v).toString(), new Dec(v)]));
  return [...unique.values()].sort((a, b) => a.comparedTo(b));
}

/** One stretch of values between two band boundaries (null = open end) and the severity inside it. */
export interface SeverityStripe {
  from: Decimal | null;
  to: Decimal | null;
  severity: Severity | null;
}

/**
 * The number line cut at every boundary of `rule`, each stretch with the
 * severity of a value inside it (for a chart's background stripes): it
 * reads the policy instead of assuming five bands.
 */
export function severityStripes(rule: BandedRuleId, policy: PolicyBands): SeverityStripe[] {
  const cuts = bandBoundaries(rule, policy);
  const first = cuts[0];
  const last = cuts[cuts.length - 1];
  if (first === undefined || last === undefined) return [{ from: null, to: null, severity: null }];
  const stripes: SeverityStripe[] = [{ from: null, to: first, severity: severityOf(rule, first.minus(1), policy) }];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const from = cuts[i] as Decimal;
    const to = cuts[i + 1] as Decimal;
    stripes.push({ from, to, severity: severityOf(rule, from.plus(to).div(2), policy) });
  }
  stripes.push({ from: last, to: null, severity: severityOf(rule, last.plus(1), policy) });
  return stripes;
}
