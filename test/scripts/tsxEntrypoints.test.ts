// `npm run bench` and `npm run sample` run under tsx, which reads no `?raw`
// import: a module they reach that imports the .sql files (queries/sql.ts)
// stops them before they start (stop 26's word lists imported `literal` from
// it, and the bench failed with ERR_UNKNOWN_FILE_EXTENSION). What the two
// entry scripts import is loaded here as tsx loads it (modules the bench
// loads through Vite, withSsrModule, may read .sql files: they are not here).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The local modules an entry script imports for their values (type-only imports vanish under tsx), as paths. */
function importsOf(entry: string): string[] {
  const text = readFileSync(join(ROOT, entry), 'utf8');
  return [...text.matchAll(/^import (?!type )[^;]*? from '(\.{1,2}\/[^']+)';$/gm)].map((m) => `${resolve(ROOT, dirname(entry), m[1] ?? '')}.ts`);
}

describe('the scripts tsx runs', () => {
  it('load under plain tsx: nothing they import reads a .sql file', async () => {
    // Their imports, not the entries themselves: an entry runs the whole bench or writes the sample.
    const files = [...importsOf('scripts/bench.ts'), ...importsOf('scripts/generate-sample.ts')];
    expect(files.length).toBeGreaterThan(15);
    const script = `${files.map((f) => `await import(${JSON.stringify(`file://${f}`)});`).join('\n')}\nconsole.log('loaded', ${files.length});`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, timeout: 120_000 });
    expect(stdout.trim()).toBe(`loaded ${files.length}`);
  }, 150_000);
});
