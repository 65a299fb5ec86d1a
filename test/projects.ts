// Which test files share a process (vite.config.ts, test.projects). Sharing
// spares each file importing its modules again and, for the engine files,
// compiling DuckDB-wasm again (test/engine/harness.ts); a file that replaces
// modules, globals or timers must not share (test/scripts/testProjects.test.ts
// finds any that is not listed here).

/** Test files that run DuckDB-wasm (the `engine` project). */
export const ENGINE_FILES = ['test/engine/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/scripts/**/*.test.ts', 'test/app/unitConsistency.test.ts'];

/** Test files that replace modules, globals or timers (`vi.mock`, `vi.stubGlobal`, fake timers): never sharing a process. */
export const MOCKING_FILES = ['test/app/afterFirstScreen.test.ts', 'test/app/components/DataTable.test.tsx', 'test/app/coverageTarget.test.tsx', 'test/app/data/readerIdle.test.ts'];
