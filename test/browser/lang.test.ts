// The language switch: 中文 | English in the header turns every fixed word
// of the shell, the KPI cards and the charts into English in place (no
// reload, same view, same figures), rides in the address as lang=en, and
// survives a reload and a copied link opened in a fresh browser.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { byTestId, kpiValue, urlParams, waitForChart, waitForDashboard } from './dashboard';
import { SAMPLE_DIR, cliAnalysis, coverageRate } from './cliAnalysis';
import { waitForPage } from './pages';
import { CHINESE, switchTo } from './langText';

const browser = setupBrowser('lang');

const TABS_ZH = ['总览', '缺口分担', '因素法分配', '对账', '预警清单', '压力测试', '政策参数', '数据管理', '版本比对', '形势分析报告'];
const TABS_EN = ['Overview', 'Gap sharing', 'Allocation', 'Reconciliation', 'Alerts', 'Stress', 'Policy', 'Data', 'Revisions', 'Report'];

async function tabTexts(page: Page): Promise<string[]> {
  return (await byTestId(page, 'page-tabs').locator('a').allTextContents()).map((t) => t.trim());
}

/** `rounded(fen, unitFen, places)`: an exact yuan amount (as data-value) in a unit, half up, as the page rounds. */
function scaled(yuan: string, unitYuan: bigint, places: number): string {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(yuan);
  if (!m) throw new Error(`not a yuan amount: ${yuan}`);
  const fen = BigInt(m[2] ?? '0') * 100n + BigInt(m[3] ?? '0');
  const step = (unitYuan * 100n) / 10n ** BigInt(places);
  const units = (fen + step / 2n) / step;
  const text = units.toString().padStart(places + 1, '0');
  const int = text.slice(0, text.length - places).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${m[1]}${int}.${text.slice(text.length - places)}`;
}

describe('language switch', () => {
  it('turns the overview into English in place, with the same figures, and back', async () => {
    const session = browser();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.baseUrl).origin });
    const page = await session.open('?q=2024Q4&r=150000&f=resident');
    const view = await waitForDashboard(page);
    const region = (await byTestId(page, 'region-title').textContent()) ?? '';

    // Chinese first: the default, nothing in the address.
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await tabTexts(page)).toEqual(TABS_ZH);
    const coverage = await kpiValue(page, 'kpi-coverage');
    const accumulated = await kpiValue(page, 'kpi-accumulated');
    // Once the engine has computed (the snapshot shows the same numbers, but is replaced in place).
    await expect.poll(() => byTestId(page, 'dashboard').getAttribute('data-source'), { timeout: APP_TIMEOUT }).toBe('engine');
    const coverageZh = (await byTestId(page, 'kpi-coverage').locator('.kpi-value').textContent()) ?? '';
    const accumulatedZh = (await byTestId(page, 'kpi-accumulated').locator('.kpi-value').textContent()) ?? '';
    // One unit per figure, two decimals at most: 亿元 in Chinese, billion yuan in English (issue 16).
    expect(accumulatedZh).toBe(`${scaled(accumulated, 100_000_000n, 2)}亿元`);
    await page.evaluate(() => {
      (window as unknown as { stillThisPage: boolean }).stillThisPage = true;
    });

    await switchTo(page, 'en');

    // The same page (no reload), the same view, lang=en added to the address.
    expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
    expect(Object.fromEntries(urlParams(page))).toEqual({ q: view.quarter, r: view.region, f: view.fund, lang: 'en' });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('FundWatch · medical fund risk dashboard');
    expect(await byTestId(page, 'dashboard').getAttribute('data-region')).toBe(view.region);

    // Header and tabs.
    const header = page.locator('header.topbar');
    expect(await header.locator('.brand-zh').textContent()).toBe('FundWatch');
    expect(await header.locator('label.control span').allTextContents()).toEqual(['Quarter', 'Fund']);
    expect(await byTestId(page, 'quarter-select').locator('option:checked').textContent()).toBe('2024 Q4');
    expect(await byTestId(page, 'fund-select').locator('option:checked').textContent()).toBe('Resident basic medical insurance fund');
    expect(await byTestId(page, 'copy-link-button').textContent()).toBe('Copy link');
    expect(await byTestId(page, 'sample-badge').textContent()).toBe('Sample data');
    expect(await byTestId(page, 'dataset-name').textContent()).toBe('Built-in sample dataset');
    expect(await tabTexts(page)).toEqual(TABS_EN);
    expect(await byTestId(page, 'page-tabs').textContent()).not.toMatch(CHINESE);

    // KPI captions in English; the only Chinese left in the cards is the region's name.
    const captions = await page.locator('.kpis .kpi h3').allTextContents();
    expect(captions).toEqual([
      'Recipient enrollment rate',
      'Current balance (year to date)',
      'Accumulated balance',
      'Months payable from balance',
      'Risk alerts',
    ]);
    const cards = (await page.locator('.kpis').textContent()) ?? '';
    expect(cards.split(region).join('')).not.toMatch(CHINESE);

    // The same figures: exact values unchanged, the rate's text identical, money in million yuan: the
    // accumulated balance reads in the current balance card's unit beside it (882.17 million), not 10.92 billion.
    expect(await kpiValue(page, 'kpi-coverage')).toBe(coverage);
    expect(coverage).toBe(coverageRate(await cliAnalysis(SAMPLE_DIR, view.quarter), view.region));
    expect(await byTestId(page, 'kpi-coverage').locator('.kpi-value').textContent()).toBe(coverageZh);
    expect(await kpiValue(page, 'kpi-accumulated')).toBe(accumulated);
    expect(await byTestId(page, 'kpi-accumulated').locator('.kpi-value').textContent()).toBe(
      `${scaled(accumulated, 1_000_000n, 2)} million yuan`,
    );

    // Charts redraw in English: axis names, series and legend.
    const coverageChart = await waitForChart(page, 'chart-coverage');
    await expect.poll(() => coverageChart.locator('svg').textContent(), { timeout: APP_TIMEOUT }).toContain('Enrollment rate (axis starts at');
    expect(await coverageChart.locator('svg').textContent()).toContain('Target 99%');
    const trend = await waitForChart(page, 'chart-fund-trend');
    const trendText = (await trend.locator('svg').textContent()) ?? '';
    // The overview's one unit (overviewMoneyUnit), the table's under the chart and the months card's: the
    // province's flows reach billions, but a source or a city's balance would read 0.0x billion, so million.
    expect(trendText).toContain('Flows(million yuan)');
    expect(trendText).toContain('Balance(million yuan)');
    expect(trendText).toContain('Expenditure');
    expect(trendText).not.toContain('万元');

    // 复制链接 copies the English address.
    await byTestId(page, 'copy-link-button').click();
    await expect.poll(() => byTestId(page, 'copy-link-button').textContent(), { timeout: 5000 }).toBe('Copied ✓');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('lang')).toBe('en');

    // A reload stays English.
    await page.reload();
    await waitForDashboard(page);
    expect(await tabTexts(page)).toEqual(TABS_EN);
    expect(urlParams(page).get('lang')).toBe('en');

    // A fresh browser (nothing stored) opening the copied link shows English.
    const fresh = await session.freshContext();
    const other = await fresh.newPage();
    await other.goto(copied);
    expect(await waitForDashboard(other)).toEqual(view);
    expect(await tabTexts(other)).toEqual(TABS_EN);
    expect(await other.locator('.kpis .kpi h3').first().textContent()).toBe('Recipient enrollment rate');
    expect(await byTestId(other, 'lang-switch').locator('button[data-lang="en"]').getAttribute('aria-pressed')).toBe('true');

    // Back to 中文: lang leaves the address, the Chinese words come back.
    await switchTo(page, 'zh');
    expect(urlParams(page).has('lang')).toBe(false);
    expect(Object.fromEntries(urlParams(page))).toEqual({ q: view.quarter, r: view.region, f: view.fund });
    expect(await tabTexts(page)).toEqual(TABS_ZH);
    expect(await page.title()).toBe('FundWatch 医保基金风险预警看板');
    expect(await page.locator('.kpis .kpi h3').first().textContent()).toBe('救助对象参保率');
    expect(await byTestId(page, 'kpi-coverage').locator('.kpi-value').textContent()).toBe(coverageZh);
  });

  it('keeps the alerts page and its filters when switching', async () => {
    const page = await browser().open('?page=alerts&q=2024Q4&r=150000&f=resident&sev=red');
    await waitForPage(page, 'alerts');
    const before = await byTestId(page, 'alert').count();
    expect(before).toBeGreaterThan(0);
    await switchTo(page, 'en');
    expect(Object.fromEntries(urlParams(page))).toMatchObject({ page: 'alerts', sev: 'red', lang: 'en' });
    expect(await byTestId(page, 'page-title').textContent()).toBe('Alerts');
    expect(await byTestId(page, 'filter-severity').locator('option:checked').textContent()).toBe('Red');
    expect(await byTestId(page, 'alert').count()).toBe(before);
    expect(await byTestId(page, 'alert').first().locator('.alert-rule').textContent()).not.toMatch(CHINESE);
    await switchTo(page, 'zh');
    expect(await byTestId(page, 'page-title').textContent()).toBe('预警清单');
  });
});
