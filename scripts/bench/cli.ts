// The command line's start-up cost (README, Performance): `analyze` of the
// sample, spawned as `npm run analyze` spawns it (node scripts/run-cli.mjs),
// against a native floor spawned the same way: node starting
// @duckdb/node-api and answering SELECT 42. Both are measured in the same
// run, alternating, after one warm-up each (the first CLI run of new sources
// builds its bundle); the ratio of the medians has the target ≤ 3. `analyze`
// runs as a user's second run of the same files does: from the dataset cache
// (src/cli/datasetCache.ts), which the warm-up fills in a folder of the
// bench's own. The same command with FUNDWATCH_CACHE=off, reading and
// checking every file, is timed alongside (cli_analyze_cold_ms).
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { median } from './stats';

const RUNS = 7;

/** The floor imports node-api as a user's ES module would (the CLI's bundle require()s it, which is faster). */
const FLOOR = [
  '--input-type=module',
  '-e',
  "import { DuckDBInstance } from '@duckdb/node-api'; const c = await (await DuckDBInstance.create(':memory:')).connect(); const r = await c.runAndReadAll('SELECT 42 AS answer'); if (Number(r.getRows()[0][0]) !== 42) process.exit(1);",
];

async function timed(root: string, args: string[], cache = 'off'): Promise<number> {
  const t0 = performance.now();
  await promisify(execFile)(process.execPath, args, { cwd: root, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FUNDWATCH_CACHE: cache } });
  return performance.now() - t0;
}

export interface CliTimes {
  analyzeMs: number[];
  /** The same command reading its files every time (no dataset cache). */
  coldMs: number[];
  floorMs: number[];
}

export async function cliTimes(root: string, scratch: string, log: (text: string) => void): Promise<CliTimes> {
  const analyze = [join(root, 'scripts/run-cli.mjs'), 'analyze', '--data', join(root, 'data/sample'), '--quarter', '2024Q4', '--json'];
  const cache = mkdtempSync(join(scratch, 'cli-cache-'));
  const warm = await timed(root, analyze, cache);
  await timed(root, FLOOR);
  log(`cli: first analyze (builds the bundle if the sources changed, fills the dataset cache) ${warm.toFixed(0)} ms`);
  const analyzeMs: number[] = [];
  const coldMs: number[] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    floorMs.push(await timed(root, FLOOR));
    analyzeMs.push(await timed(root, analyze, cache));
    coldMs.push(await timed(root, analyze));
  }
  log(
    `cli: analyze sample ${analyzeMs.map((t) => t.toFixed(0)).join(', ')} ms; without the cache ${coldMs.map((t) => t.toFixed(0)).join(', ')} ms; ` +
      `floor ${floorMs.map((t) => t.toFixed(0)).join(', ')} ms`,
  );
  return { analyzeMs, coldMs, floorMs };
}

export const cliRatio = (times: CliTimes): number => median(times.analyzeMs) / median(times.floorMs);
export const cliColdRatio = (times: CliTimes): number => median(times.coldMs) / median(times.floorMs);
