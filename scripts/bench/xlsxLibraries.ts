// `npm run bench -- --only=xlsx` (issue 15): our XLSX reader (fflate + an
// XML scanner, src/engine/formats/xlsx.ts) against SheetJS (`xlsx` 0.18.5 as
// published on npm) and exceljs 4.4.0, both devDependencies only.
// (a) correctness: every workbook of the corpus (openpyxl and LibreOffice,
//     test/fixtures/office/corpus.json) read by each library, cell by cell;
// (b) a 1,000,000-cell workbook (100,000 rows × 10 columns of fund_flows)
//     written by openpyxl and by LibreOffice into the temp folder: read time
//     and peak RSS, under Node (each read in a process of its own, peak RSS
//     from /usr/bin/time) and in Chromium's worker (a bench-only page,
//     renderer RSS sampled), median of RUNS;
// (c) hostile workbooks (hostile.ts) under Node: refused, read, crashed or
//     killed at TIMEOUT_S, with time and peak RSS;
// (d) the same table written back out by each library (Node, RUNS times):
//     time, peak RSS, size, and every cell read back by openpyxl;
// and what each library adds to the page's JavaScript (minified, gzip).
import { execFile, spawn } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { launchFresh, rendererPids, rssMb } from './chromium';
import { serve } from './server';
import { median } from './stats';
import { checkCorpus, type CorpusResult } from './xlsx/corpus';
import { writeHostileFiles } from './xlsx/hostile';
import { LIBRARIES, LIBRARY_NAMES, type Library } from './xlsx/readers';
import type { WorkerResult } from './xlsx/page/main';

const RUNS = 3;
const TIMEOUT_S = 120;
const BIG_ROWS = 100_000;
/** The same heap limit for every child, so that none wins by being allowed more. */
const NODE_HEAP_MB = 4096;

export interface Measured {
  /** Median of the runs; NaN when the read failed. */
  ms: number;
  peakMb: number;
  /** Median CPU seconds (user + system) of the whole process, start-up included (Node only): what the other workers' load changes least. */
  cpuS?: number;
  runs: Run[];
  cells: number;
  /** Same digest = same cells (Node only). */
  digest?: string;
  error?: string;
}

interface Run {
  ms: number;
  peakMb: number;
  cpuS?: number;
}

export interface HostileOutcome {
  outcome: 'refused' | 'read' | 'crashed' | 'killed';
  detail: string;
  seconds: number;
  /** CPU seconds (user + system) of the process, start-up included. */
  cpuS: number;
  /** NaN when the process was killed: /usr/bin/time then sees only `timeout`. */
  peakMb: number;
}

export interface XlsxComparison {
  date: string;
  machine: string;
  corpus: CorpusResult[];
  big: { writer: string; bytes: number; node: Record<Library, Measured>; browser: Record<Library, Measured> | null }[];
  nodeFloorMb: number;
  nodeFloorCpuS: number;
  browserFloorMb: number;
  /** The same table written by each library (Node): time, peak RSS, file size, and cells openpyxl reads differently from the table. */
  write: Record<Library, Measured & { bytes: number; openpyxlDiffer: number }>;
  hostile: { name: string; what: string; libraries: Record<Library, HostileOutcome> }[];
  /** The machine's load average (1 minute) when the comparison started and ended: the machine is shared. */
  load: [number, number];
  bundleGzipKb: Record<Library, number>;
}

interface ReadJson {
  ms: number;
  rows: number;
  cells: number;
  digest: string;
  first: string;
  error?: string;
  maxRssMb: number;
}

interface ChildRun<T = ReadJson> {
  json: T | null;
  peakMb: number;
  seconds: number;
  cpuS: number;
  exit: number;
  signal: string;
  stderr: string;
}

/** One read in a fresh Node process: peak RSS and wall time from /usr/bin/time, killed at TIMEOUT_S. */
function childRead(root: string, library: Library | 'none', file: string): Promise<ChildRun> {
  return child(root, ['scripts/bench/xlsx/child.ts', library, file]);
}

function child<T = ReadJson>(root: string, script: string[]): Promise<ChildRun<T>> {
  const args = ['-f', 'FUNDWATCH_TIME %M %e %x %U %S', 'timeout', '-s', 'KILL', String(TIMEOUT_S), process.execPath, `--max-old-space-size=${NODE_HEAP_MB}`, '--import', 'tsx', ...script];
  return new Promise((done, fail) => {
    const child = spawn('/usr/bin/time', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', () => {
      const time = /FUNDWATCH_TIME (\d+) ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(stderr);
      const line = stdout.trim().split('\n').at(-1) ?? '';
      const signal = /Command terminated by signal (\d+)/.exec(stderr)?.[1] ?? '';
      done({
        json: line.startsWith('{') ? (JSON.parse(line) as T) : null,
        peakMb: Number(time?.[1] ?? Number.NaN) / 1024,
        seconds: Number(time?.[2] ?? Number.NaN),
        cpuS: Number(time?.[4] ?? Number.NaN) + Number(time?.[5] ?? Number.NaN),
        exit: Number(time?.[3] ?? Number.NaN),
        signal,
        stderr: stderr.replace(/FUNDWATCH_TIME.*|Command (exited|terminated).*/g, '').trim(),
      });
    });
  });
}

function summarize(runs: Run[], cells: number, digest?: string, error?: string): Measured {
  const ok = error === undefined;
  return {
    ms: ok ? median(runs.map((r) => r.ms)) : Number.NaN,
    peakMb: median(runs.map((r) => r.peakMb)),
    ...(runs.every((r) => r.cpuS !== undefined) ? { cpuS: median(runs.map((r) => r.cpuS ?? Number.NaN)) } : {}),
    runs,
    cells,
    ...(digest === undefined ? {} : { digest }),
    ...(error === undefined ? {} : { error }),
  };
}

async function nodeReads(root: string, file: string, log: (t: string) => void): Promise<Record<Library, Measured>> {
  const out = {} as Record<Library, Measured>;
  const runs: Record<Library, Run[]> = { ours: [], sheetjs: [], exceljs: [] };
  const last = {} as Record<Library, ChildRun>;
  // Alternating libraries, so that a burst of load from the other workers falls on all of them.
  for (let i = 0; i < RUNS; i++) {
    for (const library of LIBRARIES) {
      const run = await childRead(root, library, file);
      last[library] = run;
      const ms = run.json?.ms ?? Number.NaN;
      runs[library].push({ ms, peakMb: run.peakMb, cpuS: run.cpuS });
      log(`node ${library} run ${i + 1}: ${ms.toFixed(0)} ms, peak ${run.peakMb.toFixed(0)} MB${run.json?.error ? `, ${run.json.error}` : ''}`);
    }
  }
  for (const library of LIBRARIES) {
    const run = last[library];
    const error = run.json?.error ?? (run.json ? undefined : `exit ${run.exit}${run.signal ? ` signal ${run.signal}` : ''}: ${run.stderr.slice(0, 200)}`);
    out[library] = summarize(runs[library], run.json?.cells ?? 0, run.json?.digest, error);
  }
  return out;
}

async function browserRead(url: string, library: Library | 'none', file: string): Promise<{ result: WorkerResult; peakMb: number }> {
  const browser = await launchFresh();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${url}index.html?library=${library}`);
    await page.waitForFunction(() => window.xlsxReady === true, null, { timeout: 60_000 });
    const pids = await rendererPids(browser.profileDir);
    let peakMb = await rssMb(pids);
    const sampler = setInterval(() => {
      void rssMb(pids).then((mb) => {
        peakMb = Math.max(peakMb, mb);
      });
    }, 50);
    try {
      await page.setInputFiles('#file', file);
      const handle = await page.waitForFunction(() => window.xlsxResult ?? null, null, { timeout: TIMEOUT_S * 1000, polling: 100 });
      const result = (await handle.jsonValue()) as WorkerResult;
      peakMb = Math.max(peakMb, await rssMb(pids));
      return { result, peakMb };
    } finally {
      clearInterval(sampler);
    }
  } finally {
    await browser.close();
  }
}

async function browserReads(url: string, file: string, log: (t: string) => void): Promise<Record<Library, Measured>> {
  const out = {} as Record<Library, Measured>;
  const runs: Record<Library, Run[]> = { ours: [], sheetjs: [], exceljs: [] };
  const results = {} as Record<Library, WorkerResult>;
  for (let i = 0; i < RUNS; i++) {
    for (const library of LIBRARIES) {
      const { result, peakMb } = await browserRead(url, library, file);
      results[library] = result;
      runs[library].push({ ms: result.ms, peakMb });
      log(`browser ${library} run ${i + 1}: ${result.ms.toFixed(0)} ms, renderer peak ${peakMb.toFixed(0)} MB${result.error ? `, ${result.error}` : ''}`);
    }
  }
  for (const library of LIBRARIES) out[library] = summarize(runs[library], results[library].cells, undefined, results[library].error);
  return out;
}

/** Writing the big table back out with each library, RUNS times; each output read back by openpyxl, cell by cell. */
async function writes(root: string, csvPath: string, dir: string, log: (t: string) => void): Promise<XlsxComparison['write']> {
  const runs: Record<Library, Run[]> = { ours: [], sheetjs: [], exceljs: [] };
  const sizes = {} as Record<Library, number>;
  for (let i = 0; i < RUNS; i++) {
    for (const library of LIBRARIES) {
      const run = await child<{ ms: number; bytes: number }>(root, ['scripts/bench/xlsx/writeChild.ts', library, csvPath, join(dir, `${library}.xlsx`)]);
      if (!run.json) throw new Error(`writing with ${library} failed: ${run.stderr.slice(0, 300)}`);
      runs[library].push({ ms: run.json.ms, peakMb: run.peakMb, cpuS: run.cpuS });
      sizes[library] = run.json.bytes;
      log(`write ${library} run ${i + 1}: ${run.json.ms.toFixed(0)} ms, peak ${run.peakMb.toFixed(0)} MB, ${(run.json.bytes / 1024 / 1024).toFixed(1)} MB`);
    }
  }
  const out = {} as XlsxComparison['write'];
  for (const library of LIBRARIES) {
    const { stdout } = await promisify(execFile)('/usr/bin/python3', [join(root, 'scripts/bench/xlsx/verify_workbook.py'), join(dir, `${library}.xlsx`), csvPath], { maxBuffer: 1024 * 1024 });
    const check = JSON.parse(stdout) as { rows: number; differ: number; first: unknown };
    log(`write ${library}: openpyxl reads ${check.rows} rows, ${check.differ} cell(s) differ${check.first ? ` (first ${JSON.stringify(check.first)})` : ''}`);
    out[library] = { ...summarize(runs[library], 0), bytes: sizes[library], openpyxlDiffer: check.differ };
  }
  return out;
}

export async function hostileRuns(root: string, dir: string, log: (t: string) => void): Promise<XlsxComparison['hostile']> {
  const files = await writeHostileFiles(dir);
  const out: XlsxComparison['hostile'] = [];
  for (const file of files) {
    const libraries = {} as Record<Library, HostileOutcome>;
    for (const library of LIBRARIES) {
      const run = await childRead(root, library, file.path);
      const base = { seconds: run.seconds, cpuS: run.cpuS, peakMb: run.peakMb };
      if (run.signal === '9' || run.exit === 137) libraries[library] = { ...base, peakMb: Number.NaN, outcome: 'killed', detail: `still running after ${TIMEOUT_S} s` };
      else if (!run.json) libraries[library] = { ...base, outcome: 'crashed', detail: `exit ${run.exit}: ${run.stderr.split('\n').find((l) => /error|heap/i.test(l)) ?? run.stderr.slice(0, 120)}` };
      else if (run.json.error) libraries[library] = { ...base, outcome: 'refused', detail: run.json.error.slice(0, 160) };
      else libraries[library] = { ...base, outcome: 'read', detail: `${run.json.cells.toLocaleString('en')} cell(s)${run.json.first ? `, first ${JSON.stringify(run.json.first)}` : ''}` };
      const o = libraries[library];
      log(`hostile ${file.name} · ${library}: ${o.outcome} (${o.detail}) in ${o.seconds} s (CPU ${o.cpuS.toFixed(1)} s), peak ${o.peakMb.toFixed(0)} MB`);
    }
    out.push({ name: file.name, what: file.what, libraries });
  }
  return out;
}

/** Minified and gzipped, what each library adds to a page that reads XLSX. decimal.js is left out of ours: the page loads it anyway. */
async function bundleSizes(root: string): Promise<Record<Library, number>> {
  const entries: Record<Library, string> = {
    ours: join(root, 'src/engine/formats/xlsx.ts'),
    sheetjs: join(root, 'scripts/bench/xlsx/bundle/sheetjs.ts'),
    exceljs: join(root, 'scripts/bench/xlsx/bundle/exceljs.ts'),
  };
  const out = {} as Record<Library, number>;
  for (const library of LIBRARIES) {
    const result = (await build({
      root,
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        lib: { entry: entries[library], formats: ['es'], fileName: library },
        rollupOptions: { external: ['decimal.js'] },
      },
    })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
    out[library] = outputs.reduce((n, o) => n + (o.type === 'chunk' ? gzipSync(o.code, { level: 9 }).length : 0), 0) / 1024;
  }
  return out;
}

async function buildPage(root: string, outDir: string): Promise<void> {
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: join(root, 'scripts/bench/xlsx/page'),
      configFile: false,
      base: './',
      mode: 'production',
      logLevel: 'warn',
      worker: { format: 'es' },
      build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 100_000 },
    });
  } finally {
    process.env.NODE_ENV = saved;
  }
}

export async function compareXlsxLibraries(root: string, work: string, log: (t: string) => void, options: { browser: boolean }): Promise<XlsxComparison> {
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  log('xlsx: reading the corpus with each library…');
  const corpus = await checkCorpus(root);
  for (const c of corpus) log(`corpus ${c.file}: ${LIBRARIES.map((l) => `${l} ${c.outcome[l] === null ? 'same cells' : c.outcome[l]}`).join(' · ')}`);

  const bigDir = join(work, 'xlsx-big');
  log(`xlsx: writing the ${BIG_ROWS.toLocaleString('en')}-row workbook with openpyxl and LibreOffice…`);
  await promisify(execFile)('/usr/bin/python3', [join(root, 'scripts/bench/xlsx/big_workbook.py'), bigDir, String(BIG_ROWS)], { maxBuffer: 16 * 1024 * 1024 });

  const nodeFloor = await childRead(root, 'none', join(bigDir, 'openpyxl/fund_flows.xlsx'));
  let server: Awaited<ReturnType<typeof serve>> | null = null;
  let browserFloorMb = Number.NaN;
  if (options.browser) {
    const pageDir = join(work, 'xlsx-page');
    await buildPage(root, pageDir);
    server = await serve(pageDir);
    browserFloorMb = (await browserRead(server.url, 'none', join(bigDir, 'openpyxl/fund_flows.xlsx'))).peakMb;
  }
  const big: XlsxComparison['big'] = [];
  try {
    for (const writer of ['openpyxl', 'libreoffice']) {
      const file = join(bigDir, writer, 'fund_flows.xlsx');
      const { size } = await import('node:fs/promises').then((fs) => fs.stat(file));
      log(`xlsx: ${writer} workbook, ${(size / 1024 / 1024).toFixed(1)} MB`);
      const node = await nodeReads(root, file, log);
      const digests = new Set(LIBRARIES.map((l) => node[l].digest));
      if (digests.size !== 1) log(`xlsx: the libraries read different cells from the ${writer} workbook: ${LIBRARIES.map((l) => `${l} ${node[l].digest}`).join(', ')}`);
      const browser = server ? await browserReads(server.url, file, log) : null;
      big.push({ writer, bytes: size, node, browser });
    }
  } finally {
    await server?.close();
  }

  const writeDir = join(work, 'xlsx-written');
  await mkdir(writeDir, { recursive: true });
  const write = await writes(root, join(bigDir, 'fund_flows.csv'), writeDir, log);

  const hostileDir = join(work, 'xlsx-hostile');
  await mkdir(hostileDir, { recursive: true });
  const hostile = await hostileRuns(root, hostileDir, log);
  log(`xlsx: hostile files ${(await readdir(hostileDir)).length}`);
  const bundleGzipKb = await bundleSizes(root);
  log(`xlsx: bundle sizes ${JSON.stringify(bundleGzipKb)}`);
  return {
    date: new Date().toISOString(),
    machine: `${cpus().length}× ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`,
    corpus,
    big,
    nodeFloorMb: nodeFloor.peakMb,
    nodeFloorCpuS: nodeFloor.cpuS,
    browserFloorMb,
    write,
    hostile,
    load: [loadAtStart, loadavg()[0] ?? Number.NaN],
    bundleGzipKb,
  };
}

const fmt = (n: number, places = 0): string => (Number.isNaN(n) ? '—' : n.toLocaleString('en', { maximumFractionDigits: places, minimumFractionDigits: places }));

/** The comparison as Markdown tables (README, "XLSX: ours vs SheetJS vs exceljs"). */
export function comparisonMarkdown(c: XlsxComparison): string {
  const head = `| | ${LIBRARIES.map((l) => LIBRARY_NAMES[l]).join(' | ')} |\n| --- | ${LIBRARIES.map(() => '---').join(' | ')} |`;
  const lines = [`${c.date.slice(0, 10)}, ${c.machine}`, '', head];
  for (const entry of c.corpus) {
    lines.push(`| ${entry.file} (${entry.features.join(', ')}) | ${LIBRARIES.map((l) => (entry.outcome[l] === null ? '✓ same cells' : `✗ ${entry.outcome[l]}`)).join(' | ')} |`);
  }
  for (const b of c.big) {
    const cells = b.node.ours.cells;
    lines.push(`| 1M cells, ${b.writer} (${fmt(b.bytes / 1024 / 1024, 1)} MB, ${fmt(cells)} non-empty): Node read ms (process CPU s) / peak RSS MB | ${LIBRARIES.map((l) => `${fmt(b.node[l].ms)} (${fmt(b.node[l].cpuS ?? Number.NaN, 1)}) / ${fmt(b.node[l].peakMb)}${b.node[l].error ? ` (${b.node[l].error})` : ''}`).join(' | ')} |`);
    if (b.browser) lines.push(`| 1M cells, ${b.writer}: Chromium worker read ms / renderer peak MB | ${LIBRARIES.map((l) => `${fmt(b.browser?.[l].ms ?? Number.NaN)} / ${fmt(b.browser?.[l].peakMb ?? Number.NaN)}${b.browser?.[l].error ? ` (${b.browser[l].error})` : ''}`).join(' | ')} |`);
  }
  lines.push(`| the same table written (Node): ms (process CPU s) / peak RSS MB / file MB / cells openpyxl reads otherwise | ${LIBRARIES.map((l) => `${fmt(c.write[l].ms)} (${fmt(c.write[l].cpuS ?? Number.NaN, 1)}) / ${fmt(c.write[l].peakMb)} / ${fmt(c.write[l].bytes / 1024 / 1024, 1)} / ${fmt(c.write[l].openpyxlDiffer)}`).join(' | ')} |`);
  for (const h of c.hostile) {
    const outcome = (o: HostileOutcome): string => `${o.outcome}: ${o.detail.replace(/\|/g, '/').slice(0, 70)} (${fmt(o.seconds, 1)} s, CPU ${fmt(o.cpuS, 1)} s, ${fmt(o.peakMb)} MB)`;
    lines.push(`| hostile: ${h.name} — ${h.what} | ${LIBRARIES.map((l) => outcome(h.libraries[l])).join(' | ')} |`);
  }
  lines.push(`| JS added to the page, minified + gzip | ${LIBRARIES.map((l) => `${fmt(c.bundleGzipKb[l], 1)} KB`).join(' | ')} |`);
  lines.push(
    '',
    `Floors: a Node process that only reads the file peaks at ${fmt(c.nodeFloorMb)} MB and takes ${fmt(c.nodeFloorCpuS, 1)} CPU s; the bench page's renderers with the file read and no library, ${fmt(c.browserFloorMb)} MB. ` +
      `Load average ${fmt(c.load[0], 1)} at the start, ${fmt(c.load[1], 1)} at the end.`,
  );
  return lines.join('\n');
}
