// 因素法分配 on the sample: the page's baseline is `analyze`'s, and the
// scenario "+3000万" adds exactly 30,000,000.00 with rows that add up.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupBrowser, APP_TIMEOUT } from './harness';
import { byTestId, loadFiles, waitForDashboard } from './dashboard';
import { SAMPLE_DIR, cliAnalysis } from './cliAnalysis';
import { attrs, fen, waitForPage, yuanText, type AnalysisJsonWithPages } from './pages';
import { writeZeroPerformanceSample } from '../fixtures/zeroPerformance';

const browser = setupBrowser('allocation');

const sumOf = (values: string[]) => yuanText(values.map(fen).reduce((a, b) => a + b, 0n));

describe('allocation page', () => {
  it('shows the baseline of analyze, and "+3000万" adds exactly 30,000,000.00', async () => {
    const page = await browser().open('?page=allocation&q=2024Q4&r=150000&f=resident&pot=assistance');
    await waitForPage(page, 'allocation');
    const rows = byTestId(page, 'alloc-row');
    await rows.first().waitFor({ state: 'visible', timeout: APP_TIMEOUT });

    const cli = (await cliAnalysis(SAMPLE_DIR, '2024Q4')) as AnalysisJsonWithPages;
    const cliRows = cli.allocation.filter((a) => a.pot === 'assistance' && a.year === 2024);
    expect(cliRows.length).toBe(12);
    const regions = await attrs(rows, 'data-region');
    const base = await attrs(rows, 'data-base');
    expect(Object.fromEntries(regions.map((r, i) => [r, base[i]]))).toEqual(
      Object.fromEntries(cliRows.map((a) => [a.region_code, a.amount])),
    );
    const baseTotal = sumOf(base);
    // Nothing changed yet: the scenario is the baseline.
    expect(await attrs(rows, 'data-scenario')).toEqual(base);
    expect(await byTestId(page, 'alloc-sum').getAttribute('data-value')).toBe(baseTotal);

    await byTestId(page, 'alloc-total-extra').fill('+3000');
    const want = yuanText(fen(baseTotal) + fen('30000000.00'));
    await expect.poll(() => byTestId(page, 'alloc-sum').getAttribute('data-value'), { timeout: APP_TIMEOUT }).toBe(want);
    expect(await byTestId(page, 'alloc-sum').getAttribute('data-total')).toBe(want);
    const scenario = await attrs(rows, 'data-scenario');
    expect(sumOf(scenario)).toBe(want);
    // Every city gets more, and the baseline column did not move.
    scenario.forEach((s, i) => expect(fen(s) > fen(base[i] ?? '0.00')).toBe(true));
    expect(await attrs(rows, 'data-base')).toEqual(base);
    await page.locator('[data-testid="chart-allocation"][data-state="ready"]').waitFor({ state: 'attached', timeout: APP_TIMEOUT });
  });

  it('refuses weights that do not add up to 100% and a negative total, with the reason next to the field', async () => {
    const page = await browser().open('?page=allocation&q=2024Q4&r=150000&f=resident&pot=assistance');
    await waitForPage(page, 'allocation');
    await byTestId(page, 'alloc-row').first().waitFor({ state: 'visible', timeout: APP_TIMEOUT });

    await byTestId(page, 'alloc-performance-weight').fill('20');
    const error = page.locator('[data-testid="alloc-error"][data-field="performancePercent"]');
    await error.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await error.textContent()).toContain('之和须为 100%，现为 110%');
    expect(await byTestId(page, 'alloc-sum').count()).toBe(0);

    // 80/20 is valid again: still adds up to the unchanged total.
    await byTestId(page, 'alloc-factor-weight').fill('80');
    await byTestId(page, 'alloc-sum').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    const base = sumOf(await attrs(byTestId(page, 'alloc-row'), 'data-base'));
    expect(await byTestId(page, 'alloc-sum').getAttribute('data-value')).toBe(base);

    await byTestId(page, 'alloc-total-extra').fill('-999999999');
    const negative = page.locator('[data-testid="alloc-error"][data-field="totalExtra"]');
    await negative.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await negative.textContent()).toContain('不能为负');
  });

  it('switches to the emergency pot through the address bar', async () => {
    const page = await browser().open('?page=allocation&q=2024Q4&r=150000&f=resident&pot=assistance');
    await waitForPage(page, 'allocation');
    await byTestId(page, 'alloc-pot-emergency').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('pot'), { timeout: APP_TIMEOUT }).toBe('emergency');
    const cli = (await cliAnalysis(SAMPLE_DIR, '2024Q4')) as AnalysisJsonWithPages;
    const want = cli.allocation.filter((a) => a.pot === 'emergency' && a.year === 2024).map((a) => a.amount);
    await expect
      .poll(async () => (await attrs(byTestId(page, 'alloc-row'), 'data-base')).sort(), { timeout: APP_TIMEOUT })
      .toEqual([...want].sort());
  });

  it('says why a pot cannot be allocated (every performance score zero) and still allocates the other', async () => {
    const dir = writeZeroPerformanceSample(await mkdtemp(join(tmpdir(), 'fundwatch-zero-perf-')));
    const page = await browser().open();
    await waitForDashboard(page);
    await loadFiles(page, (await readdir(dir)).map((f) => join(dir, f)));
    await byTestId(page, 'tab-allocation').click();
    await waitForPage(page, 'allocation');
    await expect.poll(() => byTestId(page, 'alloc-failed').textContent(), { timeout: APP_TIMEOUT }).toBe(
      '2024 年医疗救助补助资金：各地区绩效评价得分合计为零，无法按因素法分配。请核对 allocation_factors 中该年该资金各盟市的因素值。',
    );
    await byTestId(page, 'alloc-pot-emergency').click();
    await byTestId(page, 'alloc-row').first().waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await byTestId(page, 'alloc-row').count()).toBe(12);
    expect(await byTestId(page, 'alloc-failed').count()).toBe(0);
  });
});

