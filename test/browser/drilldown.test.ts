// Drilling from the province into a city by a table link and by a bar of the
// coverage chart; the address bar carries the view, so a reload or a shared
// link shows the same thing and the back button undoes a step.
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './harness';
import {
  barBoxes,
  byTestId,
  clickCenter,
  kpiValue,
  urlParams,
  waitForChart,
  waitForDashboard,
  waitForUrlParam,
  waitForView,
} from './dashboard';
import { SAMPLE_DIR, cliAnalysis, coverageRate } from './cliAnalysis';
import { provinceOf, readRegions } from './regionsCsv';

const browser = setupBrowser('drilldown');
const CITY = '150900'; // 乌兰察布市

async function expectRegionShown(page: import('playwright-core').Page, code: string, name: string): Promise<void> {
  await expect.poll(() => byTestId(page, 'region-title').textContent()).toBe(name);
  expect(await byTestId(page, 'breadcrumb').locator(`[data-testid="crumb"][data-code="${code}"]`).count()).toBe(1);
}

describe('drill-down and URL state', () => {
  it('drills into a city from its link; a fresh page on that URL shows the same view; back returns', async () => {
    const regions = await readRegions(SAMPLE_DIR);
    const province = provinceOf(regions);
    const city = regions.get(CITY);
    expect(city?.parentCode, 'the sample has 乌兰察布市 under the province').toBe(province.code);

    const page = await browser().open();
    const start = await waitForDashboard(page);
    expect(start.region).toBe(province.code);
    await expect.poll(() => byTestId(page, 'region-title').textContent()).toBe(province.name);

    await page.locator(`[data-testid="region-link"][data-code="${CITY}"]`).first().click();
    await waitForUrlParam(page, 'r', CITY);
    const drilled = await waitForView(page, { region: CITY, quarter: start.quarter, fund: start.fund });
    await expectRegionShown(page, CITY, city?.name ?? '');
    expect(await byTestId(page, 'breadcrumb').locator(`[data-testid="crumb"][data-code="${province.code}"]`).count()).toBe(1);
    expect(urlParams(page).get('q')).toBe(start.quarter);
    expect(urlParams(page).get('f')).toBe(start.fund);
    const rate = await kpiValue(page, 'kpi-coverage');
    expect(rate).toBe(coverageRate(await cliAnalysis(SAMPLE_DIR, start.quarter), CITY));

    const fresh = await browser().open(page.url());
    expect(await waitForDashboard(fresh)).toEqual(drilled);
    await expectRegionShown(fresh, CITY, city?.name ?? '');
    expect(await kpiValue(fresh, 'kpi-coverage')).toBe(rate);
    await fresh.close();

    await page.goBack();
    await waitForView(page, { region: province.code, quarter: start.quarter, fund: start.fund });
    await expect.poll(() => byTestId(page, 'region-title').textContent()).toBe(province.name);
  });

  it('restores a shared link with a non-default quarter and fund', async () => {
    const page = await browser().open();
    const latest = await waitForDashboard(page);
    const quarters = await byTestId(page, 'quarter-select').locator('option').evaluateAll((os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    const earlier = quarters.filter((q) => q !== latest.quarter).sort().at(-1);
    expect(earlier, 'the sample has more than one quarter').toBeDefined();
    const fund = latest.fund === 'resident' ? 'assistance' : 'resident';

    const shared = await browser().open(`?q=${earlier}&r=${CITY}&f=${fund}`);
    expect(await waitForDashboard(shared)).toEqual({ quarter: earlier, region: CITY, fund });
    expect(await byTestId(shared, 'quarter-select').inputValue()).toBe(earlier);
    expect(await byTestId(shared, 'fund-select').inputValue()).toBe(fund);
    const regions = await readRegions(SAMPLE_DIR);
    await expectRegionShown(shared, CITY, regions.get(CITY)?.name ?? '');
    expect(await kpiValue(shared, 'kpi-coverage')).toBe(coverageRate(await cliAnalysis(SAMPLE_DIR, earlier ?? ''), CITY));
  });

  it('drills into a city by clicking its bar in the coverage chart, and back out through the breadcrumb', async () => {
    const regions = await readRegions(SAMPLE_DIR);
    const province = provinceOf(regions);
    const page = await browser().open();
    await waitForDashboard(page);
    const chart = await waitForChart(page, 'chart-coverage');
    const bars = await barBoxes(chart);
    expect(bars.length).toBeGreaterThan(1);
    await clickCenter(page, bars[0] ?? { x: 0, y: 0, width: 0, height: 0 });

    await expect.poll(() => urlParams(page).get('r') ?? province.code).not.toBe(province.code);
    const code = urlParams(page).get('r') ?? '';
    const city = regions.get(code);
    expect(city?.parentCode, `${code} is a city of the province`).toBe(province.code);
    await waitForView(page, { region: code });
    await expectRegionShown(page, code, city?.name ?? '');

    await byTestId(page, 'breadcrumb').locator(`[data-testid="crumb"][data-code="${province.code}"]`).click();
    await waitForView(page, { region: province.code });
    await expect.poll(() => byTestId(page, 'region-title').textContent()).toBe(province.name);
  });
});
