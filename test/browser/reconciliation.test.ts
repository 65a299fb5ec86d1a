// 对账 on the sample (issue 19, data/README.md story 7): the page lists
// exactly the three planted cases, the same as `analyze --json`, ranks them
// by |difference|, drills down to the documents and exports the table.
import { describe, expect, it } from 'vitest';
import type { AnalysisJson as FullAnalysisJson } from '../../src/domain/analysis';
import { SAMPLE_DIR, cliAnalysis } from './cliAnalysis';
import { attrs, waitForPage } from './pages';
import { byTestId } from './dashboard';
import { APP_TIMEOUT, downloadText, setupBrowser } from './harness';

const browser = setupBrowser('reconciliation');

describe('reconciliation page (对账)', () => {
  it('lists the planted cases of the sample, as the command line does, and shows the documents behind one', async () => {
    const page = await browser().open('?page=reconciliation&q=2024Q4');
    await waitForPage(page, 'reconciliation');
    const summary = byTestId(page, 'reconciliation-summary');
    await page.getByText('3 处入账与到账不一致').waitFor({ state: 'visible', timeout: APP_TIMEOUT });

    // Ranked by |difference|: 包头市 8,907,631.73, 呼和浩特市 6,666,935.23, 乌海市 187,293.31.
    const cases = byTestId(page, 'reconciliation-case');
    expect(await attrs(cases, 'data-key')).toEqual(['150200-resident-central', '150100-resident-central', '150300-assistance-central']);
    expect(await attrs(cases, 'data-difference')).toEqual(['-8907631.73', '-6666935.23', '187293.31']);
    expect(await summary.textContent()).toContain('3 处入账与到账不一致');
    // The differences in one unit, the table's (found by the reading sweep: -8,907,631.73元 in the list, -890.76 in the table's 万元 column, -0.09亿元 in the detail).
    expect(await cases.first().textContent()).toContain('中央：-890.76万元');
    expect(await cases.first().locator('span[title]').last().getAttribute('title')).toBe('-8,907,631.73元');

    // The command line on the same files names the same three, with the same differences.
    const cli = (await cliAnalysis(SAMPLE_DIR, '2024Q4')) as unknown as FullAnalysisJson;
    const differing = cli.reconciliation.filter((r) => r.difference !== '0.00');
    expect(differing.map((r) => `${r.city_code}-${r.fund}-${r.level}`).sort()).toEqual((await attrs(cases, 'data-key')).sort());
    for (const r of differing) {
      const row = page.locator(`[data-testid="reconciliation-row"][data-key="${r.city_code}-${r.fund}-${r.level}"]`);
      expect(await row.locator('[data-testid="reconciliation-difference"]').getAttribute('data-value')).toBe(r.difference);
    }
    // Every other row reconciles: 24 rows (12 cities × 2 funds, central money), 21 of them 一致.
    const rows = byTestId(page, 'reconciliation-row');
    expect(await rows.count()).toBe(cli.reconciliation.length);
    expect(await attrs(rows, 'data-severity')).toEqual(['yellow', 'yellow', 'red', ...Array<string>(21).fill('normal')]);
    // The province's own money has no documents in the sample: shown, not judged.
    expect(await byTestId(page, 'reconciliation-without-row').count()).toBe(24);

    // Drill down: 乌海市's assistance documents, the formal one booked twice among them.
    await page.getByRole('button', { name: '选择 乌海市' }).first().click();
    const detail = byTestId(page, 'reconciliation-detail');
    await expect.poll(() => detail.getAttribute('data-key'), { timeout: APP_TIMEOUT }).toBe('150300-assistance-central');
    // One unit for the sentence (its largest figure, 2,734,369.00 元, reads in 万元), the exact yuan on hover.
    const sums = byTestId(page, 'reconciliation-detail-sums');
    expect(await sums.textContent()).toBe('到账 254.71万元，入账 273.44万元，差额 18.73万元');
    expect(await sums.getAttribute('title')).toBe('到账 2,547,075.69元，入账 2,734,369.00元，差额 187,293.31元');
    const docs = byTestId(page, 'reconciliation-document');
    expect(await docs.locator('td:first-child').allTextContents()).toEqual(['内财社〔2023〕268号', '内财社〔2024〕220号', '内财社〔2024〕271号']);
    expect(await detail.textContent()).toContain('内财社〔2024〕220号');

    // The ranked table as CSV: exact yuan, the planted rows first.
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'reconciliation-export').locator('[data-testid="export-csv"]').click()]);
    const csv = await downloadText(download);
    expect(csv).toContain('1,150200,包头市,城乡居民医保基金,2024,中央,335605144.00,326697512.27,-8907631.73,');
    expect(csv).toContain('3,150300,乌海市,城乡医疗救助基金,2024,中央,2547075.69,2734369.00,187293.31,');
  });

  it('reads in English: the same three cases, labels in English, money in yuan', async () => {
    const page = await browser().open('?page=reconciliation&q=2024Q4&lang=en');
    await waitForPage(page, 'reconciliation');
    await page.getByText('3 differences between booked and received').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await attrs(byTestId(page, 'reconciliation-case'), 'data-difference')).toEqual(['-8907631.73', '-6666935.23', '187293.31']);
    expect(await byTestId(page, 'page-title').textContent()).toBe('Reconciliation of higher-level funds');
    expect(await byTestId(page, 'reconciliation-case').first().textContent()).toContain('Resident basic medical insurance fund · Central: -8.91 million yuan');
  });
});
