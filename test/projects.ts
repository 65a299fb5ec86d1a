// Which test files share a process (vite.config.ts, test.projects). Sharing
// spares each file importing its modules again and, for the engine files,
// compiling DuckDB-wasm again (test/engine/harness.ts); a file that replaces
// modules, globals or timers, or compares a snapshot of output that counts
// from the process's start (ECharts numbers its SVG classes zr0-cls-0, …),
// must not share (test/scripts/testProjects.test.ts finds any that is not
// listed here).

/** Test files that run DuckDB-wasm (the `engine` project). */
export const ENGINE_FILES = ['test/engine/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/scripts/**/*.test.ts', 'test/app/unitConsistency.test.ts', 'test/app/pageUnits.test.ts'];

/** Test files that replace modules, globals or timers (`vi.mock`, `vi.stubGlobal`, fake timers) or compare snapshots: never sharing a process. */
export const ISOLATED_FILES = [
  'test/charts/allocationBars.test.ts',
  'test/charts/coverageRanking.test.ts',
  'test/charts/fundTrend.test.ts',
  'test/charts/gapWaterfall.test.ts',
  'test/charts/monthsPayable.test.ts',
  'test/charts/tileMap.test.ts',
  'test/app/afterFirstScreen.test.ts',
  'test/app/components/ChartCard.test.tsx',
  'test/app/components/DataTable.test.tsx',
  'test/app/components/exportOnClick.test.tsx',
  'test/app/components/KpiCards.test.tsx',
  'test/app/components/pageTables.test.tsx',
  'test/app/components/ProblemsPanel.test.tsx',
  'test/app/components/screenReaderText.test.tsx',
  'test/app/coverageTarget.test.tsx',
  'test/app/data/readerIdle.test.ts',
  'test/app/pages/SubsidySection.test.tsx',
];
