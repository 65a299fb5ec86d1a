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
