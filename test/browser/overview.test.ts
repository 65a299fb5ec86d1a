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
});
