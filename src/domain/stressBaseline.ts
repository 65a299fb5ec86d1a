// Beside a pool's first red quarter under a stress scenario, when the
// baseline projection is red too: the scenario did not push a pool into red
// that the baseline already had there (the presenter's walk: the report
// named 乌兰察布市's assistance fund among the scenario's red pools, red in
// the baseline from the same quarter). One note for the report's sentence
// and the command line's summary.
import { texts, type Lang } from './lang';
import { quarterLabel } from './quarter';
import type { StressResult } from './stress';

const TEXT = texts(
  {
    same: '（基准预测亦自该季度起）',
    other: (quarter: string) => `（基准预测自${quarter}起）`,
  },
  {
    same: ' (so is the baseline)',
    other: (quarter: string) => ` (baseline: from ${quarter})`,
  },
);

/** '' when the baseline never turns red; the same quarter said as such; another quarter named. */
export function baselineRedNote(result: Pick<StressResult, 'baselineFirstRed' | 'firstRedQuarter'>, lang: Lang): string {
  const baseline = result.baselineFirstRed;
  if (baseline === null || result.firstRedQuarter === null) return '';
  return baseline === result.firstRedQuarter ? TEXT[lang].same : TEXT[lang].other(quarterLabel(baseline, lang));
}
