// Charts are drawn at their container's size without measuring it
// themselves (src/charts/Chart.tsx): a new height with new bars, and a new
// width when the window changes, must still reach ECharts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './harness';
import { byTestId, waitForChart, waitForDashboard, waitForView } from './dashboard';
import { SAMPLE_DIR } from './cliAnalysis';
import { readRegions } from './regionsCsv';

const browser = setupBrowser('chart-size');

/** The container's size and the size of the SVG ECharts drew in it. */
function sizes(page: Page, id: string): Promise<{ box: [number, number]; svg: [number, number] }> {
  return byTestId(page, id).evaluate((el) => {
    const svg = el.querySelector('.chart-host svg');
    return {
      box: [el.clientWidth, el.clientHeight] as [number, number],
      svg: [Number(svg?.getAttribute('width')), Number(svg?.getAttribute('height'))] as [number, number],
    };
  });
}

describe('chart size', () => {
  it('follows a taller ranking on drill-down and a window of another width', async () => {
    const page = await browser().open('?q=2024Q4&r=150000&f=resident');
    await waitForDashboard(page);
    await waitForChart(page, 'chart-coverage');
    const root = await sizes(page, 'chart-coverage');
    expect(root.svg).toEqual(root.box);

    // 呼伦贝尔市 has more counties than the province has cities: a taller ranking.
    const regions = await readRegions(SAMPLE_DIR);
    const counties = [...regions.values()].filter((r) => r.parentCode === '150700').length;
    expect(counties).toBeGreaterThan(12);
    await byTestId(page, 'dashboard').locator('[data-testid="region-link"][data-code="150700"]').first().click();
    await waitForView(page, { region: '150700' });
    await expect.poll(async () => (await sizes(page, 'chart-coverage')).box[1]).toBe(90 + counties * 30);
    await expect.poll(async () => (await sizes(page, 'chart-coverage')).svg).toEqual((await sizes(page, 'chart-coverage')).box);

    // Under 900 px the cards stack: the chart gets another width.
    await page.setViewportSize({ width: 800, height: 900 });
    await expect.poll(async () => (await sizes(page, 'chart-coverage')).box[0]).not.toBe(root.box[0]);
    await expect.poll(async () => (await sizes(page, 'chart-coverage')).svg).toEqual((await sizes(page, 'chart-coverage')).box);
  });

  it("keeps the months-payable legend on one line in a 1,280-pixel window: every band's shape and range in view, no pages", async () => {
    const page = await browser().open('?q=2024Q4&r=150000&f=resident');
    await page.setViewportSize({ width: 1280, height: 900 });
    await waitForDashboard(page);
    await waitForChart(page, 'chart-months-payable');
    // The shapes made the legend long enough to page ("1/2", the yellow band out of sight and off the paper).
    await expect
      .poll(async () => byTestId(page, 'chart-months-payable').evaluate((el) => [...el.querySelectorAll('.chart-host svg text')].map((t) => t.textContent ?? '')))
      .toEqual(expect.arrayContaining(['▲ < 3 红色', '◆ 3–6 橙色', '○ 6–9 正常', '■ 9–15 蓝色', '● > 15 黄色']));
    const texts = await byTestId(page, 'chart-months-payable').evaluate((el) => [...el.querySelectorAll('.chart-host svg text')].map((t) => t.textContent ?? ''));
    expect(texts.filter((t) => /^\d+\/\d+$/.test(t))).toEqual([]);
  });
});
