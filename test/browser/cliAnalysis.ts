// The page's numbers are checked against the command line's on the same
// files: same engine, same domain code, so they must agree to the digit.
// Running the real CLI (as a user would) keeps this check independent of the
// app's own code paths. The files do not change during a run, so each
// folder and quarter is analysed once per run for every browser file (the
// run's cache folder, globalSetup.ts), not once per file.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const SAMPLE_DIR = resolve(REPO, 'data/sample');

/** The subset of DESIGN.md's `analyze --json` document these tests read. */
export interface AnalysisJson {
  quarter: string;
  coverage: {
    region_code: string;
    level: string;
    category: string | null;
    recipients: number;
    enrolled: number;
    rate: string | null;
  }[];
  funds: {
    region_code: string;
    fund: string;
    quarter: string;
    current_balance: string;
    accumulated_balance: string | null;
    months_payable: string | null;
  }[];
  alerts: { rule: string; severity: string; region_code: string; fund: string | null }[];
}

const run = promisify(execFile);
const cache = new Map<string, Promise<AnalysisJson>>();

export function cliAnalysis(dataDir: string, quarter: string): Promise<AnalysisJson> {
  const key = `${dataDir}|${quarter}`;
  let result = cache.get(key);
  if (!result) {
    result = cachedForTheRun(key, () => runCli(dataDir, quarter));
    cache.set(key, result);
  }
  return result;
}

/** The run's answer for `key`: read from the run's cache folder, else computed and written there (atomically: two files may ask at once). */
async function cachedForTheRun(key: string, compute: () => Promise<AnalysisJson>): Promise<AnalysisJson> {
  const dir = inject('cliCacheDir');
  const file = join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 24)}.json`);
  const saved = await readFile(file, 'utf8').catch(() => null);
  if (saved !== null) return JSON.parse(saved) as AnalysisJson;
  const result = await compute();
  await mkdir(dir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(result));
  await rename(temp, file);
  return result;
}

async function runCli(dataDir: string, quarter: string): Promise<AnalysisJson> {
  // `npm run --silent analyze -- ...` is the README's command, without npm's banner lines.
  const { stdout } = await run('npm', ['run', '--silent', 'analyze', '--', '--data', dataDir, '--quarter', quarter, '--json'], {
    cwd: REPO,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const start = stdout.indexOf('{');
  if (start < 0) throw new Error(`analyze printed no JSON:\n${stdout.slice(0, 2000)}`);
  return JSON.parse(stdout.slice(start)) as AnalysisJson;
}

/** Enrollment rate of all categories together (category null) for one region. */
export function coverageRate(analysis: AnalysisJson, regionCode: string): string {
  const row = analysis.coverage.find((c) => c.region_code === regionCode && c.category === null);
  if (!row || row.rate === null) throw new Error(`analyze has no overall coverage rate for ${regionCode} in ${analysis.quarter}`);
  return row.rate;
}
