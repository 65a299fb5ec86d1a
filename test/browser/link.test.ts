// Links and pictures: 复制链接 gives an address that, opened in a fresh
// browser (new profile, nothing cached or stored), shows the same view; every
// chart saves as SVG and PNG.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, downloadBytes, downloadText, setupBrowser } from './harness';
import { byTestId, waitForDashboard } from './dashboard';
import { attrs, waitForPage } from './pages';

const browser = setupBrowser('link');

interface AlertsView {
  quarter: string;
  fund: string;
  severity: string;
  region: string;
  alerts: string[];
}

async function readAlertsView(page: Page): Promise<AlertsView> {
  await waitForPage(page, 'alerts');
  const alerts = byTestId(page, 'alert');
  await alerts.first().waitFor({ state: 'attached', timeout: APP_TIMEOUT });
  return {
    quarter: await byTestId(page, 'quarter-select').inputValue(),
    fund: await byTestId(page, 'fund-select').inputValue(),
    severity: await byTestId(page, 'filter-severity').inputValue(),
    region: await byTestId(page, 'filter-region').inputValue(),
    alerts: (await Promise.all((await alerts.all()).map(async (a) => `${await a.getAttribute('data-rule')}|${await a.getAttribute('data-region')}`))).sort(),
  };
}

describe('copy link', () => {
  it('puts the address on the clipboard, and a fresh browser opening it shows the same view', async () => {
    const session = browser();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.baseUrl).origin });
    const page = await session.open('?page=alerts&q=2024Q3&r=150900&f=assistance&sev=red&ar=150900');
    const before = await readAlertsView(page);
    expect(before).toMatchObject({ quarter: '2024Q3', fund: 'assistance', severity: 'red', region: '150900' });
    expect(before.alerts.length).toBeGreaterThan(0);

    await byTestId(page, 'copy-link-button').click();
    await expect.poll(() => byTestId(page, 'copy-link-button').textContent(), { timeout: 5000 }).toContain('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    const params = new URL(copied).searchParams;
    expect(Object.fromEntries(params)).toMatchObject({ page: 'alerts', q: '2024Q3', r: '150900', f: 'assistance', sev: 'red', ar: '150900' });

    // Another context is as fresh as a new profile: nothing cached or stored.
    const other = await (await session.freshContext()).newPage();
    await other.goto(copied);
    expect(await readAlertsView(other)).toEqual(before);
    expect(other.url()).toBe(copied);
  });
});

describe('saving charts', () => {
  it('saves the coverage chart as SVG (names its regions) and as PNG', async () => {
    const page = await browser().open('?q=2024Q4&r=150000&f=resident');
    await waitForDashboard(page);
    await page.locator('[data-testid="chart-coverage"][data-state="ready"]').waitFor({ state: 'attached', timeout: APP_TIMEOUT });
    const card = page.locator('section.chart-card', { has: byTestId(page, 'chart-coverage') });

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), card.locator('[data-testid="save-svg"]').click()]);
    expect(svgDownload.suggestedFilename()).toBe('救助对象参保率排名-150000-2024Q4.svg');
    const svg = await downloadText(svgDownload);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('<title>救助对象参保率排名</title>');
    expect(svg).toContain('乌兰察布市');

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), card.locator('[data-testid="save-png"]').click()]);
    expect(pngDownload.suggestedFilename()).toBe('救助对象参保率排名-150000-2024Q4.png');
    const png = await downloadBytes(pngDownload);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // 2× the drawn size: IHDR width and height (big-endian at bytes 16 and 20).
    const box = await byTestId(page, 'chart-coverage').locator('svg').first().boundingBox();
    expect(png.readUInt32BE(16)).toBe(Math.round(box?.width ?? 0) * 2);
    expect(png.readUInt32BE(20)).toBe(Math.round(box?.height ?? 0) * 2);

    // Every chart card of the overview has both buttons: coverage, fund trend, months payable and the tile map.
    const cards = page.locator('section.chart-card');
    expect(await cards.count()).toBe(4);
    expect(await attrs(cards.locator('[data-testid="chart-save"]'), 'data-testid')).toHaveLength(4);
  });
});
