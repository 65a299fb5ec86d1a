// The page's numbers are checked against the command line's on the same
// files: same engine, same domain code, so they must agree to the digit.
// Running the real CLI (as a user would) keeps this check independent of the
// app's own code paths.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
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
    result = runCli(dataDir, quarter);
    cache.set(key, result);
  }
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
