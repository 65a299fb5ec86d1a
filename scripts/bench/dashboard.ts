// Driving the built dashboard for the benchmark, through its data-testid
// contract and the performance marks of src/app/perfMarks.ts.
import type { Page } from 'playwright-core';

const LONG = 180_000;

export interface ColdLoad {
  firstChartMs: number;
  readyMs: number;
  /** DuckDB instantiated (wasm fetched and compiled, worker up). */
  engineMs: number;
  /** The sample loaded into DuckDB. */
  sampleMs: number;
}

/** Marks are relative to the navigation start (performance.timeOrigin). */
export async function waitForReady(page: Page): Promise<ColdLoad> {
  await page.waitForFunction(() => performance.getEntriesByName('fundwatch:ready', 'mark').length > 0, null, { timeout: LONG });
  return page.evaluate(() => ({
    firstChartMs: performance.getEntriesByName('fundwatch:first-chart', 'mark')[0]?.startTime ?? Number.NaN,
    readyMs: performance.getEntriesByName('fundwatch:ready', 'mark')[0]?.startTime ?? Number.NaN,
    engineMs: performance.getEntriesByName('fundwatch:engine-started', 'mark')[0]?.startTime ?? Number.NaN,
    sampleMs: performance.getEntriesByName('fundwatch:sample-loaded', 'mark')[0]?.startTime ?? Number.NaN,
  }));
}

/** The bare engine page (scripts/bench/bare): SELECT 1 answered, ms after navigation. */
export async function waitForBareEngine(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('fundwatch:bare-engine', 'mark').length > 0 || document.getElementById('out')?.textContent?.startsWith('error'), null, {
    timeout: LONG,
  });
  const at = await page.evaluate(() => performance.getEntriesByName('fundwatch:bare-engine', 'mark')[0]?.startTime ?? null);
  if (at === null) throw new Error(`bare engine page: ${(await page.textContent('#out')) ?? ''}`);
  return at;
}

/**
 * A click on a city 500 ms after navigation (before the engine is ready),
 * through its link in the coverage ranking, until that city's view has its
 * charts drawn (from the snapshot or the engine), in ms. NaN when the page
 * showed no city link by then (the first screen was late).
 */
export async function earlyClick(page: Page, atMs = 500): Promise<number> {
  await page.waitForFunction((t) => performance.now() >= t, atMs, { timeout: LONG, polling: 10 });
  const link = page.locator('.card-coverage [data-testid="region-link"]').first();
  if ((await link.count()) === 0) return Number.NaN;
  const code = (await link.getAttribute('data-code')) ?? '';
  await watchActions(page);
  await link.click();
  const handle = await page.waitForFunction(
    (region: string) => {
      const t0 = (window as unknown as { benchT0: number }).benchT0;
      const hit = performance.getEntriesByName('fundwatch:charts-drawn', 'mark').find((e) => {
        const d = (e as PerformanceMark).detail as { region: string; busy: boolean };
        return e.startTime >= t0 && !d.busy && d.region === region;
      });
      return hit ? hit.startTime - t0 : null;
    },
    code,
    { timeout: LONG, polling: 16 },
  );
  return (await handle.jsonValue()) as number;
}

/** Waits until the app has computed every quarter in the background (src/app/data/prefetch.ts), `count` datasets so far. */
export async function waitForPrefetch(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName('fundwatch:prefetched', 'mark').length >= n, count, { timeout: LONG });
}

/** Records the time of the user's action (capture phase, before React sees it). */
export async function watchActions(page: Page): Promise<void> {
  // A string, not a function: tsx would wrap a named function in a helper the page does not have.
  await page.evaluate(`
    window.benchT0 = 0;
    document.addEventListener('change', () => { window.benchT0 = performance.now(); }, true);
    document.addEventListener('click', () => { window.benchT0 = performance.now(); }, true);
  `);
}

interface Want {
  quarter?: string;
  region?: string;
}

/** Action → the first "every chart drawn" mark showing the wanted view (not busy), in ms. */
async function timeAction(page: Page, act: () => Promise<void>, want: Want): Promise<number> {
  await act();
  const handle = await page.waitForFunction(
    (w: Want) => {
      const t0 = (window as unknown as { benchT0: number }).benchT0;
      const hit = performance.getEntriesByName('fundwatch:charts-drawn', 'mark').find((e) => {
        const d = (e as PerformanceMark).detail as { quarter: string; region: string; busy: boolean; source: string };
        return e.startTime >= t0 && !d.busy && d.source === 'engine' && (!w.quarter || d.quarter === w.quarter) && (!w.region || d.region === w.region);
      });
      return hit ? hit.startTime - t0 : null;
    },
    want,
    { timeout: LONG, polling: 16 },
  );
  return (await handle.jsonValue()) as number;
}

async function attr(page: Page, selector: string, name: string): Promise<string> {
  return (await page.locator(selector).first().getAttribute(name)) ?? '';
}

/**
 * `count` interactions in cycles of three: pick another quarter (at the
 * root), drill down into a city through its link, go back up through the
 * breadcrumb. Quarters cycle through all of them, so some are computed for
 * the first time (SQL in the worker) and some come from the cache.
 */
export async function interactions(page: Page, count: number): Promise<number[]> {
  await watchActions(page);
  const root = await attr(page, '[data-testid="dashboard"]', 'data-region');
  const quarters = await page.locator('[data-testid="quarter-select"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const times: number[] = [];
  for (let i = 0; times.length < count; i++) {
    const current = await attr(page, '[data-testid="dashboard"]', 'data-quarter');
    const quarter = quarters.filter((q) => q !== current)[i % Math.max(1, quarters.length - 1)] ?? current;
    times.push(
      await timeAction(
        page,
        async () => {
          await page.selectOption('[data-testid="quarter-select"]', quarter);
        },
        { quarter },
      ),
    );
    const links = page.locator('[data-testid="dashboard"] [data-testid="region-link"]');
    const n = await links.count();
    const city = await links.nth(i % Math.max(1, n)).getAttribute('data-code');
    if (!city) continue;
    times.push(
      await timeAction(page, () => page.locator(`[data-testid="dashboard"] [data-testid="region-link"][data-code="${city}"]`).first().click(), {
        region: city,
      }),
    );
    times.push(await timeAction(page, () => page.locator(`[data-testid="crumb"][data-code="${root}"]`).first().click(), { region: root }));
  }
  return times.slice(0, count);
}

/** Loads a folder's files through the picker and waits until the new dataset is drawn by the engine. */
export async function loadFiles(page: Page, paths: string[]): Promise<void> {
  await page.setInputFiles('[data-testid="load-files"]', paths);
  await page.waitForFunction(
    () => {
      const d = document.querySelector('[data-testid="dashboard"]');
      if (!d || document.querySelector('[data-testid="sample-badge"]')) return false;
      if (d.getAttribute('aria-busy') === 'true') return false;
      const charts = Array.from(d.querySelectorAll('.chart'));
      return charts.length > 0 && charts.every((c) => c.getAttribute('data-state') === 'ready');
    },
    null,
    { timeout: LONG },
  );
}
