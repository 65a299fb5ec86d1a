// Links and pictures: 复制链接 gives an address that, opened in a fresh
// browser (new profile, nothing cached or stored), shows the same view; every
// chart saves as SVG and PNG.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, downloadBytes, downloadText, setupBrowser } from './harness';
import { byTestId, waitForChart, waitForDashboard } from './dashboard';
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

describe('copy link of a view left to its defaults', () => {
  // The UX sweep: from ?r=152200 (the latest quarter, the default fund) the link was ?r=152200: once newer
  // data were loaded it opened another quarter.
  it('names the quarter and the fund on screen', async () => {
    const session = browser();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.baseUrl).origin });
    const page = await session.open('?r=152200');
    await waitForDashboard(page);
    const quarter = await byTestId(page, 'quarter-select').inputValue();
    const fund = await byTestId(page, 'fund-select').inputValue();
    expect(quarter).toMatch(/^\d{4}Q[1-4]$/);
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    await byTestId(page, 'copy-link-button').click();
    await expect.poll(() => byTestId(page, 'copy-link-button').textContent(), { timeout: 5000 }).toContain('已复制');
    const params = new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams;
    expect(Object.fromEntries(params)).toMatchObject({ r: '152200', q: quarter, f: fund });
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
    // The overview's build-time picture hands over to ECharts once the engine is ready: measured again if the
    // svg was being replaced just then (boundingBox is null for a detached element).
    const measured: { box: { width: number; height: number } | null } = { box: null };
    await expect
      .poll(async () => {
        measured.box = await byTestId(page, 'chart-coverage').locator('svg').first().boundingBox();
        return measured.box?.width ?? 0;
      }, { timeout: APP_TIMEOUT })
      .toBeGreaterThan(0);
    const box = measured.box;
    expect(png.readUInt32BE(16)).toBe(Math.round(box?.width ?? 0) * 2);
    expect(png.readUInt32BE(20)).toBe(Math.round(box?.height ?? 0) * 2);

    // Every chart card of the overview has both buttons: coverage, fund trend, months payable and the tile map.
    const cards = page.locator('section.chart-card');
    expect(await cards.count()).toBe(4);
    expect(await attrs(cards.locator('[data-testid="chart-save"]'), 'data-testid')).toHaveLength(4);
  });

  it('a chart whose legend pages on screen (1/2) is saved with every legend name in the picture', async () => {
    const page = await browser().open('?q=2024Q4&r=150000&f=resident');
    await waitForDashboard(page);
    // ECharts' own drawing, not the build-time picture the first screen shows (whose legend is whole).
    await waitForChart(page, 'chart-fund-trend');
    const card = page.locator('section.chart-card', { has: byTestId(page, 'chart-fund-trend') });
    const width = Math.round((await byTestId(page, 'chart-fund-trend').locator('svg').first().boundingBox())?.width ?? 0);
    // The sample's resident fund takes income from all six levels (data/sample/fund_flows.csv: central,
    // province, city, county, individual, other), then expenditure, the balance and its projection.
    const names = ['收入·中央', '收入·自治区', '收入·盟市级', '收入·旗县级', '收入·个人缴费', '收入·其他', '支出', '累计结余', '预测累计结余（虚线）'];
    // On screen, half a 1440 px page wide, the legend pages: its last names lie clipped behind the arrows.
    const onScreen = await byTestId(page, 'chart-fund-trend').locator('svg').first().evaluate((svg) => svg.outerHTML);
    expect(onScreen).toMatch(/>\s*1\/2\s*</);
    const shownOnScreen = await shownIn(page, onScreen, width);
    expect(names.filter((n) => !shownOnScreen.includes(n)).length).toBeGreaterThan(0);

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), card.locator('[data-testid="save-svg"]').click()]);
    const svg = await downloadText(svgDownload);
    expect(svg).not.toMatch(/>\s*\d+\/\d+\s*</);
    const shown = await shownIn(page, svg, width);
    for (const name of names) expect(shown, name).toContain(name);
    // Still the size drawn on screen, and still a picture a PNG can be drawn from.
    expect(svg).toMatch(new RegExp(`^<svg[^>]*width="${width}"`));
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), card.locator('[data-testid="save-png"]').click()]);
    expect((await downloadBytes(pngDownload)).readUInt32BE(16)).toBe(width * 2);
  });
});

/**
 * The texts a reader sees in a picture: none clipped (a paging legend clips
 * its entries to the space before its arrows) and each starting inside the
 * picture (ECharts places a text by a translate, x its left edge).
 */
function shownIn(page: Page, svg: string, width: number): Promise<string[]> {
  return page.evaluate(
    ([markup, w]) =>
      [...new DOMParser().parseFromString(markup, 'image/svg+xml').querySelectorAll('text')]
        .filter((t) => t.closest('[clip-path]') === null)
        .filter((t) => {
          const left = Number(/translate\(([-\d.]+)/.exec(t.getAttribute('transform') ?? '')?.[1] ?? 0) + Number(t.getAttribute('x') ?? 0);
          return left >= 0 && left < w;
        })
        .map((t) => t.textContent ?? ''),
    [svg, width] as const,
  );
}
