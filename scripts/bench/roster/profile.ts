// npx tsx scripts/bench/roster/profile.ts [--quick] [--persons=N] [--data-page]: where the
// roster benchmark's renderer memory goes. Builds the roster page, loads a
// generated roster in Chromium as `npm run bench -- --only=roster` does, and
// samples every 100 ms: renderer RSS, the page's JS heap, the DuckDB
// worker's wasm linear memory (it only grows: its size is the wasm heap's
// high-water mark) and the engine step running (the bench page's ?trace=1).
// Prints a timeline and the peak of each. --data-page: afterwards also the
// data page's other roster queries (not part of the benchmark's span). A
// diagnostic, not part of npm test.
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'playwright-core';
import { loadRegions } from '../../sample/regions';
import { buildRosterPage } from '../build';
import { launchFresh, rendererPids, rssMb } from '../chromium';
import { serve } from '../server';
import { writeRoster } from './generate';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const quick = process.argv.includes('--quick');
const dataPage = process.argv.includes('--data-page');
const personsArg = process.argv.find((a) => a.startsWith('--persons='))?.slice('--persons='.length);
const PERSONS = personsArg ? Number(personsArg) : quick ? 250_000 : 2_500_000;
const MB = 2 ** 20;

interface Sample {
  s: number;
  rssMb: number;
  pageHeapMb: number;
  wasmMb: number;
  step: string;
}

// Inside the DuckDB worker: keep the wasm module the runtime callbacks are
// given, so its memory size can be read between queries.
const CAPTURE = `(() => {
  const rt = globalThis.DUCKDB_RUNTIME;
  if (!rt || rt.__captured) return Boolean(rt);
  for (const name of ['openFile', 'readFile', 'checkFile', 'glob', 'getDefaultDataProtocol', 'testPlatformFeature']) {
    const original = rt[name];
    if (typeof original !== 'function') continue;
    rt[name] = function (mod, ...rest) { globalThis.__fundwatchModule = mod; return original.call(this, mod, ...rest); };
  }
  rt.__captured = true;
  return true;
})()`;

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'fundwatch-profile-'));
  try {
    await buildRosterPage(ROOT, join(work, 'dist', 'roster'));
    const server = await serve(join(work, 'dist'));
    const rosterDir = join(work, 'roster-data');
    await cp(join(ROOT, 'data/sample'), rosterDir, { recursive: true });
    const counties = loadRegions(join(ROOT, 'data/reference/inner-mongolia-counties.csv')).flatMap((c) => c.counties.map((k) => k.code));
    const rows = await writeRoster(join(rosterDir, 'roster.csv'), { quarter: '2024Q4', counties, persons: PERSONS });
    process.stderr.write(`roster: ${rows} rows\n`);
    const browser = await launchFresh();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}roster/index.html?q=2024Q4&trace=1${dataPage ? '&dataPage=1' : ''}`);
      await page.waitForFunction(() => (window as { rosterEngineReady?: boolean }).rosterEngineReady === true, null, { timeout: 180_000 });
      const worker: Worker | undefined = page.workers()[0];
      if (!worker) throw new Error('no DuckDB worker');
      await worker.evaluate(CAPTURE);
      const cdp = await browser.context.newCDPSession(page);
      const pids = await rendererPids(browser.profileDir);
      const samples: Sample[] = [];
      let wasmMb = 0;
      let wasmBusy = false;
      const t0 = Date.now();
      let done = false;
      const sampler = (async () => {
        while (!done) {
          const [rss, heap, step] = await Promise.all([
            rssMb(pids),
            cdp.send('Runtime.getHeapUsage').then((h) => h.usedSize / MB),
            page.evaluate(() => (window as { rosterStep?: string }).rosterStep ?? ''),
          ]);
          if (!wasmBusy) {
            wasmBusy = true;
            void worker
              .evaluate('globalThis.__fundwatchModule ? globalThis.__fundwatchModule.HEAPU8.length : 0')
              .then((n) => {
                wasmMb = Number(n) / MB;
              })
              .finally(() => {
                wasmBusy = false;
              });
          }
          samples.push({ s: (Date.now() - t0) / 1000, rssMb: rss, pageHeapMb: heap, wasmMb, step });
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      const names = (await readdir(rosterDir)).sort();
      await page.setInputFiles('#files', names.map((n) => join(rosterDir, n)));
      const handle = await page.waitForFunction(() => (window as { rosterResult?: unknown }).rosterResult ?? null, null, { timeout: 1_800_000, polling: 250 });
      const result = await handle.jsonValue();
      // One more wasm reading after the last query.
      wasmMb = Number(await worker.evaluate('globalThis.__fundwatchModule ? globalThis.__fundwatchModule.HEAPU8.length : 0')) / MB;
      await new Promise((r) => setTimeout(r, 300));
      done = true;
      await sampler;
      const trace = await page.evaluate(() => (window as { rosterTrace?: unknown }).rosterTrace ?? []);
      const pageQueries = await page.evaluate(() => (window as { rosterDataPage?: unknown }).rosterDataPage ?? null);
      // Timeline: one line per step change, with the maxima seen during that step.
      let current: (Sample & { n: number }) | null = null;
      const lines: string[] = [];
      const flush = (): void => {
        if (current) lines.push(`${current.s.toFixed(1).padStart(6)} s  rss ${current.rssMb.toFixed(0).padStart(5)}  page heap ${current.pageHeapMb.toFixed(0).padStart(4)}  wasm ${current.wasmMb.toFixed(0).padStart(5)}  ${current.step}`);
      };
      for (const s of samples) {
        if (!current || current.step !== s.step) {
          flush();
          current = { ...s, n: 1 };
        } else {
          current.rssMb = Math.max(current.rssMb, s.rssMb);
          current.pageHeapMb = Math.max(current.pageHeapMb, s.pageHeapMb);
          current.wasmMb = Math.max(current.wasmMb, s.wasmMb);
        }
      }
      flush();
      process.stdout.write(`${lines.join('\n')}\n`);
      const peak = (k: keyof Omit<Sample, 'step'>): number => Math.max(...samples.map((s) => s[k]));
      process.stdout.write(
        `peak: rss ${peak('rssMb').toFixed(0)} MB, page heap ${peak('pageHeapMb').toFixed(0)} MB, wasm ${peak('wasmMb').toFixed(0)} MB\n` +
          `result: ${JSON.stringify(result)}\n${pageQueries ? `data page: ${JSON.stringify(pageQueries)}\n` : ''}trace: ${JSON.stringify(trace)}\n`,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`profile failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
