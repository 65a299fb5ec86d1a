// First screen on the built-in sample: badge, three drawn charts, alerts,
// and the province enrollment rate agreeing with the command line's.
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './harness';
import { CHARTS, barBoxes, byTestId, kpiValue, waitForChart, waitForDashboard } from './dashboard';
import { SAMPLE_DIR, cliAnalysis, coverageRate } from './cliAnalysis';
import { provinceOf, readRegions } from './regionsCsv';

const browser = setupBrowser('overview');

describe('overview on the sample data', () => {
  it('shows the sample badge, three charts with bars and a list of alerts', async () => {
    const page = await browser().open();
    const view = await waitForDashboard(page);
    const province = provinceOf(await readRegions(SAMPLE_DIR));
    expect(view.region).toBe(province.code);
    expect(view.quarter).toMatch(/^\d{4}Q[1-4]$/);

    const badge = byTestId(page, 'sample-badge');
    expect(await badge.isVisible()).toBe(true);
    expect(await badge.textContent()).toContain('示例数据');

    for (const id of CHARTS) {
      const chart = await waitForChart(page, id);
      expect((await barBoxes(chart)).length, `${id} has bars`).toBeGreaterThan(0);
    }

    const alerts = byTestId(page, 'alert-list').locator('[data-testid="alert"]');
    await alerts.first().waitFor({ state: 'visible' });
    expect(await alerts.count()).toBeGreaterThan(0);
    for (const alert of await alerts.all()) {
      expect(await alert.getAttribute('data-severity')).toMatch(/^(red|orange|yellow|blue)$/);
      expect(await alert.getAttribute('data-rule')).toMatch(/^[a-z_]+$/);
      expect(await alert.getAttribute('data-region')).toMatch(/^\d{6}$/);
    }

    // The request guard sees the engine's own fetches (worker script and
    // wasm), so "no foreign request" is a statement about all of them.
    const requests = browser().requests;
    expect(requests.some((u) => /\.wasm$/.test(new URL(u).pathname)), 'the DuckDB wasm request was recorded').toBe(true);
    expect(requests.some((u) => /worker[^/]*\.js$/.test(new URL(u).pathname)), 'the DuckDB worker request was recorded').toBe(true);
  });

  it('shows the same province enrollment rate and alerts as `analyze` on the same files', async () => {
    const page = await browser().open();
    const view = await waitForDashboard(page);
    const analysis = await cliAnalysis(SAMPLE_DIR, view.quarter);
    expect(analysis.quarter).toBe(view.quarter);
    expect(await kpiValue(page, 'kpi-coverage')).toBe(coverageRate(analysis, view.region));

    // Every alert on the page is one the command line raised too.
    const cliAlerts = new Set(analysis.alerts.map((a) => `${a.rule}|${a.severity}|${a.region_code}`));
    const alerts = byTestId(page, 'alert-list').locator('[data-testid="alert"]');
    await alerts.first().waitFor({ state: 'visible' });
    for (const alert of await alerts.all()) {
      const key = [
        await alert.getAttribute('data-rule'),
        await alert.getAttribute('data-severity'),
        await alert.getAttribute('data-region'),
      ].join('|');
      expect(cliAlerts.has(key), `alert ${key} is in analyze's alerts`).toBe(true);
    }
  });

  it('lists the 40 worst alerts first and the rest on request, every one of them in the end', async () => {
    const page = await browser().open('?q=2024Q4&r=150000&f=resident');
    const view = await waitForDashboard(page);
    const analysis = await cliAnalysis(SAMPLE_DIR, view.quarter);
    // The province's list covers every region below it; alerts of no fund show under either fund.
    const total = analysis.alerts.filter((a) => a.fund === null || a.fund === 'resident').length;
    expect(total).toBeGreaterThan(80);
    const alerts = byTestId(page, 'alert-list').locator('[data-testid="alert"]');
    const more = byTestId(page, 'alert-more');
    await expect.poll(() => alerts.count()).toBe(40);
    expect(await more.textContent()).toBe(`显示更多（已显示 40 / 共 ${total} 条）`);
    // Worst first: the first 40 are the worst 40 of analyze's alerts.
    const order = ['red', 'orange', 'yellow', 'blue'];
    const severities = await alerts.evaluateAll((els) => els.map((e) => e.getAttribute('data-severity') ?? ''));
    const worst = analysis.alerts
      .filter((a) => a.fund === null || a.fund === 'resident')
      .map((a) => a.severity)
      .sort((a, b) => order.indexOf(a) - order.indexOf(b))
      .slice(0, 40);
    expect(severities).toEqual(worst);
    await more.click();
    await expect.poll(() => alerts.count()).toBe(80);
    await more.click();
    await expect.poll(() => alerts.count()).toBe(Math.min(total, 120));
    while ((await more.count()) > 0) await more.click();
    await expect.poll(() => alerts.count()).toBe(total);
    // Another scope starts again from its 40 worst.
    await page.selectOption('[data-testid="fund-select"]', 'assistance');
    await expect.poll(() => alerts.count()).toBe(40);
  });
});

