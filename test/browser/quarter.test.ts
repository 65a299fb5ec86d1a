// Switching quarter and fund through the selects: the address bar follows
// and the KPIs show the command line's numbers for the new view.
import Decimal from 'decimal.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { byTestId, kpiValue, readView, urlParams, waitForDashboard, waitForKpi, waitForUrlParam, waitForView } from './dashboard';
import { SAMPLE_DIR, cliAnalysis, coverageRate } from './cliAnalysis';

const browser = setupBrowser('quarter');

async function quarterOptions(page: Page): Promise<string[]> {
  return byTestId(page, 'quarter-select')
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
}

/** Decimal strings compare by value: "7.50" and "7.5" are the same number. */
function sameNumber(a: string, b: string): boolean {
  return new Decimal(a).equals(new Decimal(b));
}

describe('quarter and fund selects', () => {
  for (const region of [null, '150900']) {
    it(`changing the quarter updates the URL and the enrollment rate (${region ?? 'province'})`, async () => {
      const page = await browser().open(region ? `?r=${region}` : '');
      const start = await waitForDashboard(page);
      const quarters = await quarterOptions(page);
      expect(quarters.length).toBeGreaterThan(1);
      expect(quarters).toContain(start.quarter);
      // The quarter a year before when there is one: a real change, not the neighbour only.
      const [year, q] = start.quarter.split('Q');
      const other = quarters.includes(`${Number(year) - 1}Q${q}`)
        ? `${Number(year) - 1}Q${q}`
        : (quarters.find((x) => x !== start.quarter) ?? '');

      await byTestId(page, 'quarter-select').selectOption(other);
      await waitForUrlParam(page, 'q', other);
      await waitForView(page, { quarter: other, region: start.region, fund: start.fund });
      const analysis = await cliAnalysis(SAMPLE_DIR, other);
      await waitForKpi(page, 'kpi-coverage', coverageRate(analysis, start.region));
    });
  }

  it('a fund picked while the quarter just picked still computes keeps that quarter (it wrote the old one back)', async () => {
    const page = await browser().open();
    await waitForDashboard(page);
    // The engine's own numbers on screen: the other quarters are not computed yet (prefetch.ts waits for the reader).
    await expect.poll(() => byTestId(page, 'dashboard').getAttribute('data-source'), { timeout: APP_TIMEOUT }).toBe('engine');
    const start = await readView(page);
    const other = (await quarterOptions(page)).find((q) => q !== start.quarter) ?? '';
    const fund = start.fund === 'resident' ? 'assistance' : 'resident';
    await byTestId(page, 'quarter-select').selectOption(other);
    await byTestId(page, 'fund-select').selectOption(fund);
    await waitForView(page, { quarter: other, region: start.region, fund });
    expect(urlParams(page).get('q')).toBe(other);
    expect(urlParams(page).get('f')).toBe(fund);
  });

  it('changing the fund updates the URL and the balance KPIs match `analyze`', async () => {
    const page = await browser().open();
    const start = await waitForDashboard(page);
    const fund = start.fund === 'resident' ? 'assistance' : 'resident';
    await byTestId(page, 'fund-select').selectOption(fund);
    await waitForUrlParam(page, 'f', fund);
    await waitForView(page, { fund, quarter: start.quarter, region: start.region });

    const analysis = await cliAnalysis(SAMPLE_DIR, start.quarter);
    const row = analysis.funds.find((f) => f.region_code === start.region && f.fund === fund && f.quarter === start.quarter);
    expect(row, `analyze has ${fund} for ${start.region}`).toBeDefined();
    const pairs: [string, string | null | undefined][] = [
      ['kpi-current-balance', row?.current_balance],
      ['kpi-accumulated', row?.accumulated_balance],
      ['kpi-months-payable', row?.months_payable],
    ];
    for (const [id, want] of pairs) {
      if (want === null || want === undefined) continue;
      await expect.poll(async () => sameNumber(await kpiValue(page, id), want), { timeout: 30_000 }).toBe(true);
    }
  });
});
