// The province benchmark (issue 17, item 4): a roster of 20,000,000
// identity rows (10,000,000 persons, the roster benchmark's generator) with
// the sample's other files, as CSV and as Parquet, generated into the
// bench's temp folder on every run. Per format, alternating, `runs` times:
// the command line as a user runs it (`node scripts/run-cli.mjs analyze
// --data DIR --json`, its default memory limit) and bare native DuckDB on
// the same roster file (bare.mjs: read + the product's dedupe SQL), each a
// process of its own, timed from spawn to exit, its peak RSS read by GNU
// time. Both must count the same persons and enrolled persons.
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { withSsrModule } from '../../build/ssrModule';
import { loadRegions } from '../../sample/regions';
import { writeRoster } from '../roster/generate';
import { median } from '../stats';
import type { BareSpec } from './bareSql';

const QUARTER = '2024Q4';
/** The command line's default (src/engine/runtime/native.ts); the floor gets the same. */
const MEMORY_LIMIT = '3GB';
const GNU_TIME = '/usr/bin/time';

export interface ProvinceFormat {
  ms: number;
  bareMs: number;
  peakMb: number;
  barePeakMb: number;
}

export interface ProvinceResult {
  rows: number;
  csv: ProvinceFormat;
  parquet: ProvinceFormat;
}

interface Counted {
  persons: number;
  enrolled: number;
}

interface Timed {
  ms: number;
  peakMb: number;
  stdout: string;
}

/** `node args…` from spawn to exit, under GNU time for the peak RSS when it is installed. */
async function timedNode(root: string, args: string[], scratch: string): Promise<Timed> {
  const rssFile = join(scratch, 'rss.txt');
  const withTime = existsSync(GNU_TIME);
  const [command, argv] = withTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args]] : [process.execPath, args];
  const t0 = performance.now();
  const { stdout } = await promisify(execFile)(command, argv, { cwd: root, maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  const peakMb = withTime ? Number((await readFile(rssFile, 'utf8')).trim().split('\n').at(-1)) / 1024 : Number.NaN;
  return { ms, peakMb, stdout };
}

/** The roster as Parquet, written by DuckDB from the CSV with every column as text but `enrolled` (a BOOLEAN). */
async function writeParquet(csv: string, parquet: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: MEMORY_LIMIT });
  const conn = await instance.connect();
  try {
    const columns = "{'quarter': 'VARCHAR', 'person_id': 'VARCHAR', 'region_code': 'VARCHAR', 'category': 'VARCHAR', 'source': 'VARCHAR', 'enrolled': 'BOOLEAN'}";
    await conn.run(`COPY (SELECT * FROM read_csv('${csv}', header = true, auto_detect = false, columns = ${columns})) TO '${parquet}' (FORMAT parquet)`);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

async function bareSpecs(root: string, files: { csv: string; parquet: string }, policy: string): Promise<{ csv: BareSpec; parquet: BareSpec }> {
  return withSsrModule(root, '/scripts/bench/province/bareSql.ts', (sql: typeof import('./bareSql')) => ({
    csv: sql.bareSpec(files.csv, 'csv', QUARTER, policy, MEMORY_LIMIT),
    parquet: sql.bareSpec(files.parquet, 'parquet', QUARTER, policy, MEMORY_LIMIT),
  }));
}

/** Persons and enrolled persons of the province (coverage, all categories) in `analyze --json`. */
function productCounts(json: string): Counted {
  const doc = JSON.parse(json) as { coverage: { level: string; category: string | null; recipients: number; enrolled: number }[] };
  const province = doc.coverage.find((c) => c.level === 'province' && c.category === null);
  if (!province) throw new Error('analyze --json has no province coverage');
  return { persons: province.recipients, enrolled: province.enrolled };
}

export async function provinceBench(root: string, work: string, persons: number, runs: number, log: (text: string) => void): Promise<ProvinceResult> {
  const csvDir = join(work, 'province-csv');
  const parquetDir = join(work, 'province-parquet');
  const scratch = join(work, 'province-scratch');
  await mkdir(scratch, { recursive: true });
  await cp(join(root, 'data/sample'), csvDir, { recursive: true });
  await cp(join(root, 'data/sample'), parquetDir, { recursive: true });
  const counties = loadRegions(join(root, 'data/reference/inner-mongolia-counties.csv')).flatMap((c) => c.counties.map((k) => k.code));
  let t0 = performance.now();
  log(`province: generating the roster (${persons.toLocaleString('en')} persons)…`);
  const rows = await writeRoster(join(csvDir, 'roster.csv'), { quarter: QUARTER, counties, persons });
  log(`province: ${rows.toLocaleString('en')} rows as CSV in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  t0 = performance.now();
  await writeParquet(join(csvDir, 'roster.csv'), join(parquetDir, 'roster.parquet'));
  log(`province: the same rows as Parquet in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const specs = await bareSpecs(root, { csv: join(csvDir, 'roster.csv'), parquet: join(parquetDir, 'roster.parquet') }, join(csvDir, 'policy.json'));
  // The command line's bundle, built now if the sources changed (not timed).
  await timedNode(root, [join(root, 'scripts/run-cli.mjs'), 'analyze', '--data', join(root, 'data/sample'), '--json'], scratch);

  const measure = async (format: 'csv' | 'parquet', dir: string): Promise<ProvinceFormat> => {
    const specFile = join(scratch, `bare-${format}.json`);
    await writeFile(specFile, JSON.stringify(specs[format]));
    const product: Timed[] = [];
    const bare: Timed[] = [];
    for (let i = 0; i < runs; i++) {
      const b = await timedNode(root, [join(root, 'scripts/bench/province/bare.mjs'), specFile], scratch);
      bare.push(b);
      const p = await timedNode(root, [join(root, 'scripts/run-cli.mjs'), 'analyze', '--data', dir, '--json'], scratch);
      product.push(p);
      const counted = productCounts(p.stdout);
      const floor = JSON.parse(b.stdout) as Counted;
      if (counted.persons !== floor.persons || counted.enrolled !== floor.enrolled) {
        throw new Error(`province ${format}: the product counted ${JSON.stringify(counted)}, bare DuckDB ${JSON.stringify(floor)}`);
      }
      log(
        `province ${format} ${i + 1}: product ${p.ms.toFixed(0)} ms (peak ${p.peakMb.toFixed(0)} MB), bare ${b.ms.toFixed(0)} ms (peak ${b.peakMb.toFixed(0)} MB), ` +
          `${counted.persons.toLocaleString('en')} persons, ${counted.enrolled.toLocaleString('en')} enrolled`,
      );
    }
    return {
      ms: median(product.map((r) => r.ms)),
      bareMs: median(bare.map((r) => r.ms)),
      peakMb: Math.max(...product.map((r) => r.peakMb)),
      barePeakMb: Math.max(...bare.map((r) => r.peakMb)),
    };
  };
  try {
    const csv = await measure('csv', csvDir);
    const parquet = await measure('parquet', parquetDir);
    return { rows, csv, parquet };
  } finally {
    await rm(csvDir, { recursive: true, force: true });
    await rm(parquetDir, { recursive: true, force: true });
    await rm(scratch, { recursive: true, force: true });
  }
}
