// Every page in English (issue #5, item 5): opened with lang=en, none shows
// Chinese of its own — only the data's words (region names, transfer
// document numbers; see langText.ts) — its key words are English, and a
// figure on it is the one the Chinese page shows after switching back.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { byTestId, loadFiles, waitForDashboard } from './dashboard';
import { SAMPLE_DIR, cliAnalysis } from './cliAnalysis';
import { SMALL_ROSTER, TINY_DIR, writeTemp } from './importFixtures';
import { dataWords, expectNoChinese, switchTo } from './langText';
import { attrs, fen, waitForPage, yuanText, type AnalysisJsonWithPages } from './pages';

const browser = setupBrowser('lang-pages');
const BAD_MONEY = fileURLToPath(new URL('./fixtures/bad-money/', import.meta.url));

let words: string[] = [];
let cli: AnalysisJsonWithPages;
beforeAll(async () => {
  words = [...(await dataWords(SAMPLE_DIR)), ...(await dataWords(TINY_DIR))];
  cli = (await cliAnalysis(SAMPLE_DIR, '2024Q4')) as AnalysisJsonWithPages;
}, APP_TIMEOUT);

const text = async (page: Page, selector: string): Promise<string> => ((await page.locator(selector).first().textContent()) ?? '').trim();
const pageTitle = (page: Page) => text(page, '[data-testid="page-title"]');

/** Digits and sign of a money text: "516,413,600.00元" and "516,413,600.00 yuan" are the same amount. */
const digits = (s: string | null): string => (s ?? '').replace(/[^\d.-]/g, '');

describe('every page in English', () => {
  it('overview: English words, no Chinese but data, the same coverage and amounts as in Chinese; load problems in English', async () => {
    const page = await browser().open('?q=2024Q4&r=150000&f=resident&lang=en');
    await waitForDashboard(page);
    await expect.poll(() => byTestId(page, 'dashboard').getAttribute('data-source'), { timeout: APP_TIMEOUT }).toBe('engine');
    expect(await page.locator('.kpis .kpi h3').first().textContent()).toBe('Recipient enrollment rate');
    expect(await page.locator('body').textContent()).toContain('Fund income and expenditure');
    await expectNoChinese(page, words);
    const coverage = await text(page, '[data-testid="kpi-coverage"] .kpi-value');
    const income = await page.locator('.card:has([data-testid="chart-fund-trend"]) tbody tr').first().locator('td').first().locator('.money').getAttribute('title');
    expect(income).toMatch(/ yuan$/);

    // A folder with an error, loaded over the overview: every problem line in English.
    await loadFiles(page, (await readdir(BAD_MONEY)).map((f) => join(BAD_MONEY, f)));
    const problems = byTestId(page, 'load-problems');
    await problems.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await problems.textContent()).toContain('fund_flows.csv · row 4 · amount · Amount "1600000.125" has more than two decimals · expected:');
    await expectNoChinese(page, words);

    await switchTo(page, 'zh');
    expect(await text(page, '[data-testid="kpi-coverage"] .kpi-value')).toBe(coverage);
    const incomeZh = await page.locator('.card:has([data-testid="chart-fund-trend"]) tbody tr').first().locator('td').first().locator('.money').getAttribute('title');
    expect(digits(incomeZh)).toBe(digits(income));
    expect(await problems.textContent()).toContain('fund_flows.csv · 第4行 · amount · 金额"1600000.125"超过两位小数');
  });

  it('gap sharing: English steps and shares, the gap of analyze in both languages', async () => {
    const page = await browser().open('?page=sharing&q=2024Q4&r=150900&f=assistance&lang=en');
    await waitForPage(page, 'sharing');
    await page.locator('[data-testid="chart-sharing"][data-state="ready"]').waitFor({ state: 'attached', timeout: APP_TIMEOUT });
    expect(await pageTitle(page)).toMatch(/^Gap sharing · /);
    expect(await page.locator('#sharing-steps-heading').textContent()).toBe('Calculation steps');
    await expectNoChinese(page, words);
    const gap = cli.sharing.find((s) => s.city_code === '150900' && s.fund === 'assistance')?.gap;
    expect(await byTestId(page, 'sharing-gap').getAttribute('data-value')).toBe(gap);
    const yuan = await text(page, '[data-testid="sharing-table"] tbody tr.row-total td:nth-of-type(2)');
    expect(digits(yuan)).toBe(gap);

    await switchTo(page, 'zh');
    await expect.poll(() => pageTitle(page), { timeout: APP_TIMEOUT }).toMatch(/^缺口分担 · /);
    expect(await text(page, '[data-testid="sharing-table"] tbody tr.row-total td:nth-of-type(2)')).toBe(yuan);
  });

  it('allocation: scenario panel and subsidy section in English; +30 million yuan is +3000万', async () => {
    const page = await browser().open('?page=allocation&q=2024Q4&r=150000&f=resident&pot=assistance&lang=en');
    await waitForPage(page, 'allocation');
    const rows = byTestId(page, 'alloc-row');
    await rows.first().waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await pageTitle(page)).toBe('Factor allocation');
    expect(await page.locator('#scenario-heading').textContent()).toBe('Scenario');
    expect(await page.locator('#subsidy-split-heading').textContent()).toBe('Resident insurance fiscal subsidy: who pays');
    expect(await page.locator('#subsidy-demand-heading').textContent()).toBe('Enrollment subsidies for recipients: due and paid');
    const baseTotal = yuanText((await attrs(rows, 'data-base')).map(fen).reduce((a, b) => a + b, 0n));
    const want = yuanText(fen(baseTotal) + fen('30000000.00'));

    // The extra total in English is in million yuan.
    await byTestId(page, 'alloc-total-extra').fill('+30');
    await expect.poll(() => byTestId(page, 'alloc-sum').getAttribute('data-value'), { timeout: APP_TIMEOUT }).toBe(want);
    await page.locator('[data-testid="chart-allocation"][data-state="ready"]').waitFor({ state: 'attached', timeout: APP_TIMEOUT });
    expect(await byTestId(page, 'alloc-sum').textContent()).toMatch(/^Scenario, all cities [\d,]+\.\d\d yuan = scenario total [\d,]+\.\d\d yuan ✓$/);
    await expectNoChinese(page, words);
    await byTestId(page, 'alloc-performance-weight').fill('20');
    const error = page.locator('[data-testid="alloc-error"][data-field="performancePercent"]');
    await expect.poll(() => error.textContent(), { timeout: APP_TIMEOUT }).toBe('The factor and performance weights must add up to 100%, now 110%');
    await expectNoChinese(page, words);
    const insured = await text(page, '[data-testid="subsidy-split-row"] td:nth-of-type(2)');
    const splitTotal = await byTestId(page, 'subsidy-split-row').first().getAttribute('data-total');

    // The emergency pot's weights.
    await byTestId(page, 'alloc-pot-emergency').click();
    await byTestId(page, 'alloc-population-weight').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await page.locator('#alloc-chart-heading').textContent()).toBe('Emergency medical assistance subsidy: allocation');
    await expectNoChinese(page, words);

    // In Chinese, "+3000" (万元) gives the same scenario total; the subsidy rows are the same.
    await byTestId(page, 'alloc-pot-assistance').click();
    await switchTo(page, 'zh');
    await expect.poll(() => pageTitle(page), { timeout: APP_TIMEOUT }).toBe('因素法分配');
    await byTestId(page, 'alloc-total-extra').fill('+3000');
    await expect.poll(() => byTestId(page, 'alloc-sum').getAttribute('data-value'), { timeout: APP_TIMEOUT }).toBe(want);
    expect(await text(page, '[data-testid="subsidy-split-row"] td:nth-of-type(2)')).toBe(insured);
    expect(await byTestId(page, 'subsidy-split-row').first().getAttribute('data-total')).toBe(splitTotal);
  });

  it('alerts: English list and filters, the same alerts as in Chinese', async () => {
    const page = await browser().open('?page=alerts&q=2024Q4&lang=en');
    await waitForPage(page, 'alerts');
    const alerts = byTestId(page, 'alert');
    await alerts.first().waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await pageTitle(page)).toBe('Alerts');
    // The list counts every alert and shows them a page of groups at a time, saying which.
    expect(await text(page, '#alerts-page-heading')).toBe(`${cli.alerts.length} alerts`);
    expect(await text(page, '[data-testid="alert-shown"]')).toMatch(new RegExp(`^Showing 1–\\d+ of ${cli.alerts.length} alerts`));
    const shown = await attrs(alerts, 'data-region');
    await expectNoChinese(page, words);
    const red = await byTestId(page, 'count-red').getAttribute('data-count');

    await switchTo(page, 'zh');
    await expect.poll(() => pageTitle(page), { timeout: APP_TIMEOUT }).toBe('预警清单');
    expect(await text(page, '#alerts-page-heading')).toBe(`预警 ${cli.alerts.length} 条`);
    expect(await attrs(alerts, 'data-region')).toEqual(shown);
    expect(await byTestId(page, 'count-red').getAttribute('data-count')).toBe(red);
  });

  it('policy: English fields and refusals, the same values as in Chinese', async () => {
    const page = await browser().open('?page=policy&q=2024Q4&lang=en');
    await waitForPage(page, 'policy');
    expect(await pageTitle(page)).toBe('Policy');
    expect(await byTestId(page, 'policy-apply').textContent()).toBe('Apply and recompute');
    expect(await page.locator('.policy-group h2').allTextContents()).toContain('Alert thresholds');
    // The yellow band starts where red ends: at the target (which is the red band's upper bound, thresholds.coverage.0.lt).
    const band = page.locator('input[data-path="thresholds.coverage.1.gte"]');
    const redBelow = await band.inputValue();
    // A percentage: 99, not 0.99.
    expect(redBelow).toMatch(/^\d+(\.\d+)?$/);
    await byTestId(page, 'policy-coverage-target').fill('abc');
    await byTestId(page, 'policy-apply').click();
    const error = page.locator('[data-testid="policy-error"][data-path="thresholds.coverage.0.lt"]');
    await expect.poll(() => error.textContent(), { timeout: APP_TIMEOUT }).toBe('Type a percentage, e.g. 99 or 99%');
    expect(await byTestId(page, 'policy-refused').textContent()).toMatch(/^Changes not applied: 1 value does not meet the rules/);
    await expectNoChinese(page, words);

    // The refusal follows the switch; the values in force are the same.
    await switchTo(page, 'zh');
    await expect.poll(() => error.textContent(), { timeout: APP_TIMEOUT }).toBe('请输入百分数，如 99 或 99%');
    expect(await pageTitle(page)).toBe('政策参数');
    expect(await band.inputValue()).toBe(redBelow);
  });

  it('data: English page, roster section and problem tables; the same row counts as in Chinese', async () => {
    const page = await browser().open('?page=data&q=2024Q4&lang=en');
    await byTestId(page, 'data-page').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    const flows = page.locator('[data-testid="data-file"][data-table="fund_flows"] td.num');
    await flows.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await pageTitle(page)).toBe('Data');
    expect(await page.locator('#data-templates-heading').textContent()).toBe('Templates and export');
    expect(await byTestId(page, 'data-page-policy').textContent()).toBe("the dataset's policy.json");
    await expectNoChinese(page, words);
    const flowRows = await flows.textContent();
    await switchTo(page, 'zh');
    expect(await flows.textContent()).toBe(flowRows);
    expect(await page.locator('#data-templates-heading').textContent()).toBe('模板与导出');
    await switchTo(page, 'en');

    // The tiny dataset with a roster: the matching in English.
    const roster = await writeTemp('roster.csv', SMALL_ROSTER);
    const tiny = ['regions.csv', 'fund_flows.csv', 'fund_balances.csv', 'assistance_enrollment.csv'].map((f) => join(TINY_DIR, f));
    await byTestId(page, 'data-page-load-files').setInputFiles([...tiny, roster]);
    await expect.poll(() => byTestId(page, 'data-page-name').textContent(), { timeout: APP_TIMEOUT }).toBe('regions.csv and 4 more files');
    await byTestId(page, 'roster-summary').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await page.locator('#roster-heading').textContent()).toBe('Roster matching · 2024 Q4');
    expect(await byTestId(page, 'roster-persons').getAttribute('data-value')).toBe('3');
    await expect.poll(() => byTestId(page, 'uninsured-row').locator('td').first().textContent(), { timeout: APP_TIMEOUT }).toBe(
      'Minimum-living-allowance recipients',
    );
    await expectNoChinese(page, words);

    // A failed load: the failure card and its problem table in English.
    await byTestId(page, 'data-page-load-files').setInputFiles((await readdir(BAD_MONEY)).map((f) => join(BAD_MONEY, f)));
    const failure = byTestId(page, 'data-page-failure');
    await failure.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await failure.locator('h2').textContent()).toBe('The chosen data was not loaded: 1 error');
    const row = failure.locator('[data-testid="problem-row"]').first();
    expect(await row.locator('th, td').allTextContents()).toEqual([
      'fund_flows.csv',
      '—',
      '4',
      'amount',
      'Amount "1600000.125" has more than two decimals',
      'a non-negative amount in yuan with at most two decimals, e.g. 1234.56',
    ]);
    await expectNoChinese(page, words);

    await switchTo(page, 'zh');
    await expect.poll(() => pageTitle(page), { timeout: APP_TIMEOUT }).toBe('数据管理');
    expect(await row.locator('td').nth(1).textContent()).toBe('第4行');
    expect(await byTestId(page, 'roster-persons').getAttribute('data-value')).toBe('3');
    expect(await byTestId(page, 'data-page-name').textContent()).toBe('regions.csv 等 5 个文件');
  });

  it('report: English page and preview, the same figures as the Chinese report', async () => {
    const page = await browser().open('?page=report&q=2024Q4&r=150000&f=resident&lang=en');
    const root = byTestId(page, 'page-report');
    await root.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    await expect.poll(() => root.getAttribute('data-state'), { timeout: APP_TIMEOUT }).toBe('ready');
    expect(await pageTitle(page)).toBe('Quarterly situation report');
    expect(await byTestId(page, 'report-download').textContent()).toBe('Download HTML report');
    const frame = page.frameLocator('[data-testid="report-preview"]');
    await expect.poll(() => frame.locator('h1').textContent(), { timeout: APP_TIMEOUT }).toBe('2024 Q4 Medical security fund situation analysis');
    await expectNoChinese(page, words);
    const preview = page.frames().find((f) => f !== page.mainFrame());
    if (!preview) throw new Error('no preview frame');
    await expectNoChinese(preview, words);
    // data/README.md: 乌兰察布市 resident fund, 2.30 months payable at 2024Q4.
    const months = frame.locator('#table-balance-resident tr[data-region="150900"] td[data-col="months"]');
    expect(await months.textContent()).toBe('2.30');
    const recipients = await frame.locator('#table-coverage-region tr.total td[data-col="recipients"]').textContent();
    expect(recipients).toBe('771,280');

    await switchTo(page, 'zh');
    await expect.poll(() => frame.locator('h1').textContent(), { timeout: APP_TIMEOUT }).toBe('2024年第4季度 医疗保障基金运行形势分析');
    expect(await months.textContent()).toBe('2.30');
    expect(await frame.locator('#table-coverage-region tr.total td[data-col="recipients"]').textContent()).toBe(recipients);
  });
});
