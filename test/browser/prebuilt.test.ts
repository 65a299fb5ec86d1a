// The built-in sample ships as a prebuilt DuckDB database file with its
// SHA-256 (src/engine/ingest/prebuilt.ts, src/app/data/prebuiltFile.ts). The
// page loads that file and no CSV; bytes with another hash are refused with a
// warning naming both hashes, and the sample loads from its CSV files, with
// the same numbers as `analyze`. Either way a county's view (beyond the
// snapshot) is computed by the engine. The page answers from the attached
// file, then copies it into the engine's own database: a load that fails
// after that leaves the engine answering with the sample.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { byTestId, loadFiles, waitForDashboard, waitForKpi, waitForUrlParam } from './dashboard';
import { SAMPLE_DIR, cliAnalysis, coverageRate } from './cliAnalysis';

const browser = setupBrowser('prebuilt');

const PREBUILT = /\/assets\/builtin-[^/]+\.duckdb$/;
const CSV = /\.csv$/;
const BAD_MONEY = fileURLToPath(new URL('./fixtures/bad-money/', import.meta.url));

async function countyFromEngine(page: Page, county: string, rate: string): Promise<void> {
  await page.goto(new URL(`?q=2024Q4&r=${county}&f=resident`, browser().baseUrl).href);
  await waitForDashboard(page);
  await expect.poll(() => byTestId(page, 'dashboard').getAttribute('data-source'), { timeout: APP_TIMEOUT }).toBe('engine');
  await waitForKpi(page, 'kpi-coverage', rate);
}

describe('the prebuilt sample', () => {
  it('is what the page loads: the database file, no CSV, and the engine answers beyond the snapshot', async () => {
    const page = await browser().context.newPage();
    const paths: string[] = [];
    page.on('request', (r) => paths.push(new URL(r.url()).pathname));
    try {
      const analysis = await cliAnalysis(SAMPLE_DIR, '2024Q4');
      await countyFromEngine(page, '150921', coverageRate(analysis, '150921'));
      expect(paths.filter((p) => PREBUILT.test(p))).toHaveLength(1);
      expect(paths.filter((p) => CSV.test(p))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('with other bytes than the build hashed, is refused with a warning, and the CSV files load instead', async () => {
    const page = await browser().context.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    const paths: string[] = [];
    page.on('request', (r) => paths.push(new URL(r.url()).pathname));
    await page.route(PREBUILT, async (route) => {
      const response = await route.fetch();
      const bytes = Buffer.from(await response.body());
      bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff;
      await route.fulfill({ response, body: bytes, headers: { ...response.headers(), 'content-encoding': 'identity' } });
    });
    try {
      const analysis = await cliAnalysis(SAMPLE_DIR, '2024Q4');
      await countyFromEngine(page, '150921', coverageRate(analysis, '150921'));
      expect(warnings.some((w) => /prebuilt dataset's SHA-256 is [0-9a-f]{64}, the build's [0-9a-f]{64}: loading its CSV files instead/.test(w)), warnings.join('\n')).toBe(true);
      expect(paths.filter((p) => CSV.test(p)).length).toBeGreaterThan(5);
      // The province's rate from the CSV load, as `analyze` computes it.
      await page.goto(new URL('?q=2024Q4&r=150000&f=resident', browser().baseUrl).href);
      await waitForKpi(page, 'kpi-coverage', coverageRate(analysis, '150000'));
    } finally {
      await page.close();
    }
  });

  it('after a load that fails, the engine still answers with the sample, beyond the snapshot', async () => {
    const page = await browser().open();
    try {
      const analysis = await cliAnalysis(SAMPLE_DIR, '2024Q4');
      await waitForDashboard(page);
      await expect.poll(() => byTestId(page, 'dashboard').getAttribute('data-source'), { timeout: APP_TIMEOUT }).toBe('engine');
      await loadFiles(page, (await readdir(BAD_MONEY)).map((f) => join(BAD_MONEY, f)));
      await byTestId(page, 'load-problems').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
      // Within the page (no reload): the city, then the county, which only the engine can compute.
      await page.locator('[data-testid="region-link"][data-code="150900"]').first().click();
      await waitForUrlParam(page, 'r', '150900');
      await page.locator('[data-testid="region-link"][data-code="150921"]').first().click();
      await waitForUrlParam(page, 'r', '150921');
      await expect.poll(() => byTestId(page, 'dashboard').getAttribute('data-source'), { timeout: APP_TIMEOUT }).toBe('engine');
      await waitForKpi(page, 'kpi-coverage', coverageRate(analysis, '150921'));
      expect(await byTestId(page, 'sample-badge').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });
});
