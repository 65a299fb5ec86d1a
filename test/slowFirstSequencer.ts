// Which test file starts first. Vitest runs files it has timed before longest
// first, but a fresh clone has no timings: it would run every browser file,
// then every unit file, and the one-minute files could start last and leave
// one worker idle at the end. The files measured as the slowest (README,
// Testing) start first, the rest in Vitest's own order behind them.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first, as measured on a fresh clone (2 cores); a file missing here only starts later. */
export const SLOW_FIRST = [
  'test/browser/everyPage.test.ts',
  'test/app/unitConsistency.test.ts',
  'test/browser/lang-pages.test.ts',
  'test/engine/hostileFiles.test.ts',
  'test/engine/brokenCorpus.test.ts',
  'test/cli/submissions.test.ts',
  'test/cli/analyze.test.ts',
  'test/cli/parity10x.test.ts',
  'test/browser/bigScreen.test.ts',
  'test/browser/submissions.test.ts',
  'test/browser/stress.test.ts',
  'test/browser/import.test.ts',
  'test/browser/allocation.test.ts',
  'test/browser/drilldown.test.ts',
  'test/browser/hostileFiles.test.ts',
  'test/browser/builtinDataset.test.ts',
  'test/report/snapshot.browser.test.ts',
  'test/browser/report.test.ts',
  'test/browser/alerts.test.ts',
  'test/browser/data-page.test.ts',
  'test/browser/policy.test.ts',
  'test/engine/badInput.test.ts',
  'test/browser/quarter.test.ts',
  'test/engine/xlsxCorpus.test.ts',
  'test/browser/prebuilt.test.ts',
];

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification): number => {
      const i = SLOW_FIRST.findIndex((f) => spec.moduleId.endsWith(f));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    // A stable sort: Vitest's order stays among the files of equal rank.
    return sorted
      .map((spec, order) => ({ spec, order, rank: rank(spec) }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map(({ spec }) => spec);
  }
}
