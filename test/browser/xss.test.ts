// A region named like an HTML tag must show as text everywhere (title,
// table, breadcrumb, chart tooltip) and never become markup: no <img> is
// created and no alert() fires (the harness fails any dialog).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './harness';
import {
  barBoxes,
  byTestId,
  hoverCenter,
  waitUntil,
  kpiValue,
  loadFiles,
  waitForChart,
  waitForDashboard,
  waitForView,
} from './dashboard';

const browser = setupBrowser('xss');
const FIXTURE = fileURLToPath(new URL('./fixtures/xss/', import.meta.url));
const XSS = '<img src=x onerror=alert(1)>';
const XSS_CITY = '150100';
const XSS_COUNTY = '150102';
// City and county share that name, so each is shown with its parent's name in
// front (domain/regionName.ts, withDisplayNames) — still as text.
const XSS_CITY_SHOWN = `内蒙古自治区${XSS}`;
const XSS_COUNTY_SHOWN = `${XSS}${XSS}`;

/** Text of the visible ECharts HTML tooltips (ECharts gives them z-index 9999999). */
function tooltipTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('div'))
      .filter((el) => el.style.zIndex === '9999999' && el.style.display !== 'none' && el.style.opacity !== '0')
      .map((el) => el.textContent ?? ''),
  );
}

/**
 * Hovers every bar of the coverage chart until a tooltip shows `text`. After
 * each hover it waits for the tooltip to show that bar (a tooltip is visible and
 * its text is not the previous bar's), however long the page takes, instead of a fixed time.
 */
async function tooltipShows(page: Page, text: string): Promise<boolean> {
  const chart = await waitForChart(page, 'chart-coverage');
  let previous = '';
  for (const [i, bar] of (await barBoxes(chart)).entries()) {
    await hoverCenter(page, bar);
    const shown = async () => (await tooltipTexts(page)).join(' | ');
    previous = await waitUntil(`a tooltip for bar ${i + 1} of the coverage chart (the last one read "${previous}")`, shown, (t) => t !== '' && t !== previous);
    if (previous.includes(text)) return true;
  }
  return false;
}

async function expectNoInjectedMarkup(page: Page): Promise<void> {
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('[onerror]').count()).toBe(0);
  expect(browser().dialogs).toEqual([]);
}

describe('region names are text, never markup', () => {
  it('shows a region named <img src=x onerror=alert(1)> literally in title, table, breadcrumb and tooltip', async () => {
    const page = await browser().open();
    await waitForDashboard(page);
    const files = (await readdir(FIXTURE)).map((f) => join(FIXTURE, f));
    await loadFiles(page, files);

    // 2024Q4 is the fixture's latest quarter; the province is the root region.
    await expect.poll(async () => byTestId(page, 'sample-badge').isVisible(), { timeout: 60_000 }).toBe(false);
    await waitForView(page, { region: '150000', quarter: '2024Q4' });
    // Hand count of the fixture, 2024Q4: enrolled 197+300+499+800 = 1796 of 200+300+500+800 = 1800 recipients.
    await expect.poll(() => kpiValue(page, 'kpi-coverage')).toBe('0.997778');

    expect(await tooltipShows(page, XSS), 'a coverage bar tooltip names the city literally').toBe(true);
    const cityLink = page.locator(`[data-testid="region-link"][data-code="${XSS_CITY}"]`).first();
    expect(await cityLink.textContent()).toBe(XSS_CITY_SHOWN);
    await expectNoInjectedMarkup(page);

    await cityLink.click();
    await waitForView(page, { region: XSS_CITY });
    await expect.poll(() => byTestId(page, 'region-title').textContent()).toBe(XSS_CITY_SHOWN);
    expect(await byTestId(page, 'breadcrumb').locator(`[data-testid="crumb"][data-code="${XSS_CITY}"]`).textContent()).toContain(XSS);
    expect(await page.locator(`[data-testid="region-link"][data-code="${XSS_COUNTY}"]`).first().textContent()).toBe(XSS_COUNTY_SHOWN);
    // The city alone: 197+300+499 = 996 enrolled of 1000.
    await expect.poll(() => kpiValue(page, 'kpi-coverage')).toBe('0.996000');
    expect(await tooltipShows(page, XSS), 'a coverage bar tooltip names the county literally').toBe(true);
    expect(await page.title()).not.toContain('<img');
    await expectNoInjectedMarkup(page);
  });
});
