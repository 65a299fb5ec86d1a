// Issue 17, "interactive before the engine is ready": with DuckDB's wasm held
// back, the build-time snapshot answers a click on a city (its view of its
// counties, with analyze's numbers, its charts as build-time pictures) and
// the alert list at once; a view it
// does not hold (a county's own) keeps the city on screen, marked as
// updating, with the engine's progress — never a page-wide spinner — and
// appears once the engine is up.
import type { Page } from 'playwright-core';
import { openHoldingBack, type HeldPage } from './heldBack';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { byTestId, waitForDashboard, waitForKpi, waitForView, waitUntil } from './dashboard';
import { SAMPLE_DIR, cliAnalysis, coverageRate } from './cliAnalysis';

const browser = setupBrowser('early-click');

const openWithoutEngine = (path: string): Promise<HeldPage> => openHoldingBack(browser().context, new URL(path, browser().baseUrl).href, /\.wasm$/);

const source = (page: Page) => byTestId(page, 'dashboard').getAttribute('data-source');
const title = (page: Page) => byTestId(page, 'region-title').textContent();

describe('clicks before the engine is ready', () => {
  it('a city from the snapshot at once; a county keeps the city on screen until the engine is up', async () => {
    const { page, release } = await openWithoutEngine('?q=2024Q4&f=resident');
    try {
      await waitForDashboard(page);
      expect(await source(page)).toBe('snapshot');
      const analysis = await cliAnalysis(SAMPLE_DIR, '2024Q4');

      // 乌兰察布市 (150900) from the coverage ranking's table: its view and its counties, analyze's numbers.
      await page.locator('.card-coverage').locator('[data-testid="region-link"][data-code="150900"]').first().click();
      await waitForView(page, { region: '150900' });
      expect(await title(page)).toBe('乌兰察布市');
      expect(await source(page)).toBe('snapshot');
      await waitForKpi(page, 'kpi-coverage', coverageRate(analysis, '150900'));
      const counties = analysis.coverage.filter((c) => c.level === 'county' && c.category === null && c.region_code.startsWith('1509'));
      expect(counties.length).toBe(11);
      const links = page.locator('.card-coverage').locator('[data-testid="region-link"]');
      expect((await links.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).sort()).toEqual(counties.map((c) => c.region_code).sort());
      // Its charts are the build's pictures of its view (the reach's): no ECharts before the engine is up.
      const charts = page.locator('[data-testid="dashboard"] .chart');
      await expect
        .poll(() => charts.evaluateAll((els) => els.map((e) => e.getAttribute('data-state') === 'ready' && e.querySelector('.chart-picture svg') !== null)), { timeout: APP_TIMEOUT })
        .toEqual([true, true, true, true]);
      const names = await links.evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));
      const coveragePicture = (await page.locator('[data-testid="chart-coverage"] .chart-picture').textContent()) ?? '';
      expect(names.filter((name) => coveragePicture.includes(name))).toEqual(names);
      // The engine is still held back: its status is on screen, floating over the page.
      expect(await byTestId(page, 'engine-status').isVisible()).toBe(true);

      // A county's own view is not in the snapshot: the city stays, marked as updating, the address already the county's.
      const county = counties[0]!.region_code;
      await links.and(page.locator(`[data-code="${county}"]`)).click();
      await waitUntil('the address names the county', async () => new URL(page.url()).searchParams.get('r'), (r) => r === county);
      expect(await title(page)).toBe('乌兰察布市');
      expect(await byTestId(page, 'dashboard').getAttribute('aria-busy')).toBe('true');
      expect(await page.locator('.updating').count()).toBe(1);
      expect(await byTestId(page, 'engine-status').isVisible()).toBe(true);

      release();
      await waitForView(page, { region: county });
      await expect.poll(() => source(page), { timeout: APP_TIMEOUT }).toBe('engine');
      await waitForKpi(page, 'kpi-coverage', coverageRate(analysis, county));
      expect(await byTestId(page, 'dashboard').getAttribute('aria-busy')).not.toBe('true');
    } finally {
      release();
      await page.close();
    }
  });

  it('the alert list from the snapshot: the same list the engine then computes', async () => {
    const { page, release } = await openWithoutEngine('?q=2024Q4&f=resident');
    try {
      await waitForDashboard(page);
      await byTestId(page, 'tab-alerts').click();
      const alerts = byTestId(page, 'page-alerts');
      await alerts.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
      const analysis = await cliAnalysis(SAMPLE_DIR, '2024Q4');
      expect(analysis.alerts.length).toBeGreaterThan(0);
      expect(await alerts.textContent()).toContain(String(analysis.alerts.length));
      expect(await byTestId(page, 'engine-status').isVisible()).toBe(true);
      const before = await alerts.textContent();

      release();
      await byTestId(page, 'engine-status').waitFor({ state: 'detached', timeout: APP_TIMEOUT });
      expect(await alerts.textContent()).toBe(before);
    } finally {
      release();
      await page.close();
    }
  });

  it('a deep link to a page the snapshot does not hold shows the tabs at once; the data page opens before the engine is up', async () => {
    const { page, release } = await openWithoutEngine('?page=reconciliation&q=2024Q3&f=assistance');
    try {
      const tabs = byTestId(page, 'page-tabs');
      await tabs.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
      expect(await byTestId(page, 'engine-status').isVisible()).toBe(true);
      expect(await byTestId(page, 'tab-reconciliation').getAttribute('aria-current')).toBe('page');
      // The links keep the view the address names (no region named: none written).
      expect(await byTestId(page, 'tab-data').getAttribute('href')).toBe('?page=data&q=2024Q3&f=assistance');
      expect(await byTestId(page, 'tab-overview').getAttribute('href')).toBe('?q=2024Q3&f=assistance');
      await byTestId(page, 'tab-data').click();
      await byTestId(page, 'data-page').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
      expect(new URL(page.url()).search).toBe('?page=data&q=2024Q3&f=assistance');
      expect(await byTestId(page, 'engine-status').isVisible()).toBe(true);

      release();
      await byTestId(page, 'engine-status').waitFor({ state: 'detached', timeout: APP_TIMEOUT });
      // Once the data has resolved the view, the links carry all of it.
      await expect.poll(() => byTestId(page, 'tab-reconciliation').getAttribute('href'), { timeout: APP_TIMEOUT }).toBe('?page=reconciliation&q=2024Q3&r=150000&f=assistance');
    } finally {
      release();
      await page.close();
    }
  });
});
