// 缺口分担 on the sample: 乌兰察布市's assistance fund in 2024 (data/README.md
// "planted stories"), the same figures as `analyze --json`, adding up to the fen.
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './harness';
import { byTestId, urlParams, waitForDashboard } from './dashboard';
import { SAMPLE_DIR, cliAnalysis } from './cliAnalysis';
import { attrs, fen, waitForPage, yuanText, type AnalysisJsonWithPages } from './pages';
import { APP_TIMEOUT } from './harness';

const browser = setupBrowser('sharing');

describe('sharing page', () => {
  it('shows 乌兰察布市 assistance 2024Q4: gap, balance, 商都县, city and counties, adding up to the gap', async () => {
    const page = await browser().open('?page=sharing&q=2024Q4&r=150900&f=assistance');
    const root = await waitForPage(page, 'sharing');
    await page.locator('[data-testid="chart-sharing"][data-state="ready"]').waitFor({ state: 'attached', timeout: APP_TIMEOUT });
    expect(await root.getAttribute('data-city')).toBe('150900');

    // data/README.md: 17,960,565.39 = 12,309,907.97 + 462,080.36 (商都县) + 2,594,288.53 (city 50%) + 2,594,288.53 (counties).
    expect(await byTestId(page, 'sharing-gap').getAttribute('data-value')).toBe('17960565.39');
    // The exact gap beside the rounded one, its digits grouped as everywhere else (it read "（17960565.39 元）").
    expect(await page.locator('.sharing-gap-line').textContent()).toContain('（17,960,565.39元）');
    expect(await byTestId(page, 'sharing-gap').getAttribute('title')).toBe('17,960,565.39元');
    const part = (key: string) => page.locator(`[data-testid="sharing-part"][data-key="${key}"]`);
    expect(await attrs(part('balance'), 'data-value')).toEqual(['12309907.97']);
    expect(await attrs(part('county_self'), 'data-region')).toEqual(['150923']);
    expect(await attrs(part('county_self'), 'data-value')).toEqual(['462080.36']);
    expect(await attrs(part('city'), 'data-value')).toEqual(['2594288.53']);
    const counties = await attrs(part('county'), 'data-value');
    expect(counties).toHaveLength(11);
    expect(yuanText(counties.map(fen).reduce((a, b) => a + b, 0n))).toBe('2594288.53');
    // The README's per-county figures, lower code first: 集宁区 153,229.12 … 丰镇市 98,885.26.
    expect(counties[0]).toBe('153229.12');
    expect(counties[10]).toBe('98885.26');

    const all = await attrs(byTestId(page, 'sharing-part'), 'data-value');
    expect(yuanText(all.map(fen).reduce((a, b) => a + b, 0n))).toBe('17960565.39');
    expect(await byTestId(page, 'sharing-check').getAttribute('data-ok')).toBe('true');

    // The step sentences say the rule in one line, money in one unit for every step and the gap above them (the
    // first step read 缺口 0.18亿元 under 本年累计缺口 1,796.06万元), regions by name (issue 16).
    const steps = (await byTestId(page, 'sharing-steps').textContent()) ?? '';
    expect(steps).toContain('累计结余 1,230.99万元 先行弥补');
    expect(steps).toContain('商都县 46.21万元');
    expect(steps).toContain('缺口 1,796.06万元');
    expect(steps).not.toContain('亿元');
    expect(await byTestId(page, 'sharing-gap').textContent()).toBe('1,796.06万元');
    expect(steps).not.toMatch(/\b\d{6}\b/);
    // The exact formula to the fen stays on hover, codes named.
    const exact = (await byTestId(page, 'sharing-steps').locator('li[data-key="gap"] p').getAttribute('title')) ?? '';
    expect(exact).toContain('17960565.39');

    // The command line's figures on the same files are the page's.
    const cli = (await cliAnalysis(SAMPLE_DIR, '2024Q4')) as AnalysisJsonWithPages;
    const row = cli.sharing.find((s) => s.city_code === '150900' && s.fund === 'assistance');
    expect(row).toBeDefined();
    if (!row) return;
    expect(row.gap).toBe('17960565.39');
    expect(await attrs(part('balance'), 'data-value')).toEqual([row.covered_by_balance]);
    expect(await attrs(part('city'), 'data-value')).toEqual([row.city_share]);
    expect(counties).toEqual(row.county_shares.map((c) => c.amount));
    expect(await attrs(part('county_self'), 'data-value')).toEqual(row.county_self.filter((c) => fen(c.amount) !== 0n).map((c) => c.amount));
  });

  it('from the province picks the city with the largest gap; a fund without a gap says so', async () => {
    const page = await browser().open('?page=sharing&q=2024Q4&r=150000&f=assistance');
    const root = await waitForPage(page, 'sharing');
    await expect.poll(() => root.getAttribute('data-city'), { timeout: APP_TIMEOUT }).toBe('150900');

    // 呼和浩特市's assistance fund has a surplus in 2024.
    await byTestId(page, 'sharing-city').selectOption('150100');
    await expect.poll(() => urlParams(page).get('r'), { timeout: APP_TIMEOUT }).toBe('150100');
    await byTestId(page, 'sharing-no-gap').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await byTestId(page, 'sharing-no-gap').textContent()).toContain('年初至今收支平衡或有结余，无缺口');
    expect(await byTestId(page, 'sharing-gap').getAttribute('data-value')).toBe('0.00');
  });

  it('lives in the address bar: tabs push, back returns', async () => {
    const page = await browser().open('?page=sharing&q=2024Q4&r=150900&f=assistance');
    await waitForPage(page, 'sharing');
    await byTestId(page, 'tab-overview').click();
    const view = await waitForDashboard(page);
    expect(view).toEqual({ quarter: '2024Q4', region: '150900', fund: 'assistance' });
    expect(urlParams(page).get('page')).toBeNull();
    await page.goBack();
    await waitForPage(page, 'sharing');
    expect(urlParams(page).get('page')).toBe('sharing');
  });
});
