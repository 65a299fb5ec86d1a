// Issue 17, ready close to the engine's floor: the built page starts DuckDB's
// worker from the engine-start script in its head (scripts/build/engineStart.ts)
// while the HTML is still being parsed, and the app takes that worker over
// (engine/browserBoot.ts): one worker, started before the page's modules
// ran, answering the engine's queries. Seen from inside the page: every
// Worker constructed is recorded with the document's state at that moment.
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { byTestId } from './dashboard';

const browser = setupBrowser('engine-start');

/** Wraps Worker before any script of the page runs. */
const RECORD_WORKERS = (): void => {
  const Native = window.Worker;
  const started: { url: string; readyState: string; modulesRan: boolean }[] = [];
  (window as unknown as { startedWorkers: typeof started }).startedWorkers = started;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      // The page's entry module marks nothing before it runs; React's root has children only after it did.
      started.push({ url: String(url), readyState: document.readyState, modulesRan: document.querySelector('#root > :not(.first-screen)') !== null });
    }
  };
};

describe('the engine-start script', () => {
  for (const path of ['?q=2024Q4', '?page=alerts&lang=en']) {
    it(`starts the one DuckDB worker while the HTML is parsed, and the app uses it (${path})`, async () => {
      const context = await browser().freshContext();
      await context.addInitScript(RECORD_WORKERS);
      const page = await context.newPage();
      await page.goto(new URL(path, browser().baseUrl).href);
      await page.waitForFunction(() => performance.getEntriesByName('fundwatch:engine-started', 'mark').length > 0, null, { timeout: APP_TIMEOUT });
      const started = await page.evaluate(() => (window as unknown as { startedWorkers: { url: string; readyState: string; modulesRan: boolean }[] }).startedWorkers);
      const duckdb = started.filter((w) => /duckdbBootWorker/.test(w.url));
      expect(duckdb).toHaveLength(1);
      expect(duckdb[0]?.readyState).toBe('loading');
      expect(duckdb[0]?.modulesRan).toBe(false);
      expect(new URL(duckdb[0]?.url ?? '').searchParams.get('wasm')).toMatch(/duckdb-eh-[\w-]+\.wasm$/);
      // Taken over: nothing is left under the head script's global.
      expect(await page.evaluate(() => '__fundwatchEngineWorker' in window)).toBe(false);
      if (path === '?q=2024Q4') {
        // The engine behind that worker answers: the dashboard's figures become the engine's.
        await expect.poll(() => byTestId(page, 'dashboard').getAttribute('data-source'), { timeout: APP_TIMEOUT }).toBe('engine');
      }
    });
  }
});
