// The first screen before ECharts has loaded: the overview's charts show
// their build-time pictures (drawn, with the sample's numbers), and once
// ECharts arrives it draws the same charts live and the pictures go.
import Decimal from 'decimal.js';
import type { Page } from 'playwright-core';
import { openHoldingBack, type HeldPage } from './heldBack';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { CHARTS, barBoxes, byTestId, waitForChart, waitForDashboard } from './dashboard';
import { SAMPLE_DIR, cliAnalysis, coverageRate } from './cliAnalysis';

const browser = setupBrowser('first-screen');

const ECHARTS_CHUNK = /\/assets\/echarts-[^/]+\.js$/;

const openWithoutEcharts = (path: string): Promise<HeldPage> => openHoldingBack(browser().context, new URL(path, browser().baseUrl).href, ECHARTS_CHUNK);

const pictureOf = (page: Page, id: string) => byTestId(page, id).locator('.chart-picture svg');

describe('first screen before ECharts', () => {
  it('draws every overview chart from its build-time picture, then hands over to live ECharts', async () => {
    const { page, release } = await openWithoutEcharts('?q=2024Q4&r=150000&f=resident');
    try {
      await waitForDashboard(page);
      for (const id of CHARTS) {
        await page.locator(`[data-testid="${id}"][data-state="ready"]`).waitFor({ state: 'attached', timeout: APP_TIMEOUT });
        expect(await pictureOf(page, id).count(), `${id} shows its picture`).toBe(1);
        // Nothing of ECharts is on the page yet: the host is empty.
        expect(await byTestId(page, id).locator('.chart-host > *').count()).toBe(0);
      }
      // The picture carries the real numbers: 乌兰察布市's rate as `analyze` computes it.
      const analysis = await cliAnalysis(SAMPLE_DIR, '2024Q4');
      const rate = new Decimal(coverageRate(analysis, '150900')).times(100).toFixed(2);
      expect(await pictureOf(page, 'chart-coverage').locator('text', { hasText: '乌兰察布市' }).count()).toBe(1);
      expect(await pictureOf(page, 'chart-coverage').locator('text', { hasText: `${rate}%` }).count()).toBeGreaterThan(0);
      // The tile map too: nothing on the first screen waits for ECharts (its tile says the rate to one decimal).
      await page.locator('[data-testid="chart-tiles"][data-state="ready"]').waitFor({ state: 'attached', timeout: APP_TIMEOUT });
      expect(await byTestId(page, 'chart-tiles').locator('.chart-host > *').count()).toBe(0);
      const tileRate = new Decimal(coverageRate(analysis, '150900')).times(100).toFixed(1);
      expect(await pictureOf(page, 'chart-tiles').locator('text', { hasText: '乌兰察布市' }).count()).toBe(1);
      expect(await pictureOf(page, 'chart-tiles').locator('text', { hasText: `${tileRate}%` }).count()).toBeGreaterThan(0);

      // The other fund's charts were drawn at build time too.
      await page.selectOption('[data-testid="fund-select"]', 'assistance');
      await expect.poll(() => byTestId(page, 'dashboard').getAttribute('data-fund')).toBe('assistance');
      for (const id of CHARTS) expect(await byTestId(page, id).getAttribute('data-state')).toBe('ready');
      expect(await pictureOf(page, 'chart-months-payable').count()).toBe(1);

      release();
      for (const id of CHARTS) {
        const chart = await waitForChart(page, id);
        expect(await chart.locator('.chart-picture').count()).toBe(0);
        expect((await barBoxes(chart)).length, `${id} drawn live`).toBeGreaterThan(0);
      }
    } finally {
      release();
      await page.close();
    }
  });

  it('has English pictures for an English first screen', async () => {
    const { page, release } = await openWithoutEcharts('?q=2024Q4&r=150000&f=resident&lang=en');
    try {
      await waitForDashboard(page);
      await page.locator('[data-testid="chart-coverage"][data-state="ready"]').waitFor({ state: 'attached', timeout: APP_TIMEOUT });
      expect(await pictureOf(page, 'chart-coverage').locator('text', { hasText: 'Target 99%' }).count()).toBe(1);
    } finally {
      release();
      await page.close();
    }
  });
});

// The first screen in index.html itself (the build renders it ahead of time,
// src/app/prerender.tsx): on screen before any of the app's scripts has run,
// with the engine's numbers and the charts' pictures, inert until the page's
// own render replaces it; never shown for another view, page or language.
const APP_SCRIPTS = /\/assets\/(?!first-screen-)[^/]+\.js$/;

async function openWithoutScripts(path: string, storedLang?: string): Promise<Page> {
  const page = await browser().context.newPage();
  if (storedLang !== undefined) await page.addInitScript((lang) => window.localStorage.setItem('fundwatch.lang', lang), storedLang);
  await page.route(APP_SCRIPTS, (route) => route.abort());
  await page.goto(new URL(path, browser().baseUrl).href);
  return page;
}

const firstScreenShown = (page: Page) => page.evaluate(() => {
  const first = document.querySelector('.first-screen');
  return first !== null && getComputedStyle(first).display !== 'none';
});

describe('first screen in the HTML', () => {
  it("shows the overview with the engine's numbers and every chart's picture before any app script runs", async () => {
    const page = await openWithoutScripts('');
    try {
      expect(await firstScreenShown(page)).toBe(true);
      const analysis = await cliAnalysis(SAMPLE_DIR, '2024Q4');
      // The province's coverage rate and 乌兰察布市's, exactly as `analyze` computes them.
      expect(await byTestId(page, 'kpi-coverage').getAttribute('data-value')).toBe(coverageRate(analysis, '150000'));
      const rate = new Decimal(coverageRate(analysis, '150900')).times(100).toFixed(2);
      expect(await page.locator('.first-screen [data-testid="chart-coverage"] .chart-picture text', { hasText: `${rate}%` }).count()).toBeGreaterThan(0);
      for (const id of [...CHARTS, 'chart-tiles']) expect(await page.locator(`.first-screen [data-testid="${id}"] .chart-picture svg`).count(), id).toBe(1);
      // Nothing on it answers yet: the whole of it is inert. Its controls are not disabled: the page takes them over as they are.
      expect(await page.locator('.first-screen[inert]').count()).toBe(1);
      expect(await page.locator('.first-screen button[disabled], .first-screen select[disabled]').count()).toBe(0);
      // The bench's first chart is this one.
      await expect.poll(() => page.evaluate(() => performance.getEntriesByName('fundwatch:first-chart', 'mark').length)).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('is hidden for another page, another view, the big screen or English (asked or stored)', async () => {
    for (const [path, stored] of [['?page=alerts'], ['?q=2024Q3'], ['?screen=1'], ['?lang=en'], ['', 'en']] as [string, string?][]) {
      const page = await openWithoutScripts(path, stored);
      try {
        expect(await firstScreenShown(page), `${path} stored ${stored ?? '-'}`).toBe(false);
      } finally {
        await page.close();
      }
    }
    // Chinese asked outright, over a stored English, shows it.
    const page = await openWithoutScripts('?lang=zh', 'en');
    try {
      expect(await firstScreenShown(page)).toBe(true);
    } finally {
      await page.close();
    }
  });

  // A first-screen element tagged as the parser inserts it, before any of the page's scripts runs: after the
  // page's render the tag is still there when that element was taken over, gone when it was drawn afresh.
  const TAG = '__fundwatchFirstScreenNode';
  async function firstScreenElementKept(path: string): Promise<{ kept: boolean; discarded: number }> {
    const page = await browser().context.newPage();
    // The context is shared: a test above stored English, which hides the first screen.
    await page.addInitScript((tag) => {
      window.localStorage.removeItem('fundwatch.lang');
      const observer = new MutationObserver(() => {
        const first = document.querySelector('.first-screen [data-testid="kpi-coverage"]');
        if (!first) return;
        Object.assign(first, { [tag]: true });
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    }, TAG);
    try {
      await page.goto(new URL(path, browser().baseUrl).href);
      await expect.poll(() => page.locator('.first-screen').count(), { timeout: APP_TIMEOUT }).toBe(0);
      await page.locator('[data-testid="fund-select"]').waitFor({ state: 'attached', timeout: APP_TIMEOUT });
      return await page.evaluate((tag) => ({
        kept: (document.querySelector('[data-testid="kpi-coverage"]') as unknown as Record<string, unknown> | null)?.[tag] === true,
        discarded: performance.getEntriesByName('fundwatch:first-screen-discarded', 'mark').length,
      }), TAG);
    } finally {
      await page.close();
    }
  }

  it('is taken over in place by the page: its elements kept, not built and laid out again', async () => {
    expect(await firstScreenElementKept('')).toEqual({ kept: true, discarded: 0 });
    // An address with a query (here the language, Chinese: the first screen is shown) is drawn afresh:
    // the links of the build's render would not carry it.
    expect(await firstScreenElementKept('?lang=zh')).toEqual({ kept: false, discarded: 0 });
  });

  it("is replaced by the page's own render: one dashboard, live", async () => {
    const page = await browser().open('');
    try {
      await expect.poll(() => page.locator('.first-screen').count(), { timeout: APP_TIMEOUT }).toBe(0);
      expect(await page.locator('[data-testid="dashboard"]').count()).toBe(1);
      await page.locator('[data-testid="fund-select"]:not([disabled])').waitFor({ state: 'attached', timeout: APP_TIMEOUT });
      await page.selectOption('[data-testid="fund-select"]', 'assistance');
      await expect.poll(() => byTestId(page, 'dashboard').getAttribute('data-fund')).toBe('assistance');
    } finally {
      await page.close();
    }
  });
});
