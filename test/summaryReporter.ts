// The run ends with one plain line, `N passed, N failed`, that a person and
// .ci/run both read. A file that fails to load or errors outside its tests
// counts as failed too, so a red run never prints "0 failed".
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let brokenFiles = 0;
    for (const module of testModules) {
      if (module.errors().length > 0) brokenFiles += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    const extras = [
      skipped > 0 ? `${skipped} skipped` : '',
      brokenFiles > 0 ? `${brokenFiles} file(s) failed outside their tests` : '',
      unhandledErrors.length > 0 ? `${unhandledErrors.length} unhandled error(s)` : '',
    ].filter(Boolean);
    const line = `${passed} passed, ${failed + brokenFiles + unhandledErrors.length} failed${extras.length ? ` (${extras.join('; ')})` : ''}`;
    process.stdout.write(`\n${line}\n`);
  }
}
