// Bringing one's own data through the page: a GBK CSV and an XLSX workbook
// replace the sample; a broken file is listed on the data page with a
// downloadable problem list; 取消 keeps what was loaded.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, downloadText, setupBrowser } from './harness';
import { byTestId, kpiValue, loadFiles, waitForDashboard, waitForKpi } from './dashboard';
import { cliAnalysis, coverageRate, REPO } from './cliAnalysis';
import { gbkPlusXlsxDir, largeRoster, TINY_DIR, writeTemp } from './importFixtures';
import { writeParquetFile } from '../engine/parquetFixture';

const browser = setupBrowser('import');

async function openDataPage(page: Page): Promise<void> {
  await byTestId(page, 'tab-data').click();
  await byTestId(page, 'data-page').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
}

describe('import through the page', () => {
  it('loads a GBK CSV and an XLSX workbook and shows their numbers, equal to analyze() of the same files', async () => {
    const { dir, files } = await gbkPlusXlsxDir();
    const page = await browser().open();
    await waitForDashboard(page);
    // The workbook is opened off the page's thread, in a worker of its own.
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await loadFiles(page, files);
    await expect.poll(() => byTestId(page, 'dataset-name').textContent(), { timeout: APP_TIMEOUT }).toBe('regions.csv、tables.xlsx');
    expect(workers.filter((url) => /workbookWorker[^/]*\.js$/.test(url))).toHaveLength(1);
    expect(await byTestId(page, 'sample-badge').count()).toBe(0);

    const quarter = (await byTestId(page, 'dashboard').getAttribute('data-quarter')) ?? '';
    const cli = await cliAnalysis(dir, quarter);
    await waitForKpi(page, 'kpi-coverage', coverageRate(cli, '150000'));
    // The GBK file's Chinese names arrive intact.
    await expect.poll(() => page.locator('.card-coverage table').textContent(), { timeout: APP_TIMEOUT }).toContain('呼和浩特市');

    await openDataPage(page);
    const rows = byTestId(page, 'data-file');
    await expect.poll(() => rows.count(), { timeout: APP_TIMEOUT }).toBe(4);
    const text = (await byTestId(page, 'data-files').textContent()) ?? '';
    expect(text).toMatch(/gb18030|gbk/i);
    expect(text).toContain('XLSX');
    expect(text).toContain('fund_flows');
  });

  it('reads a Parquet table in the page (parquet-wasm from the own origin), with analyze()\'s numbers', async () => {
    const rows = (await readFile(join(TINY_DIR, 'fund_balances.csv'), 'utf8'))
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(','));
    const parquet = await writeTemp(
      'fund_balances.parquet',
      writeParquetFile({
        year: Int32Array.from(rows.map((r) => Number(r[0]))),
        region_code: rows.map((r) => r[1] ?? ''),
        fund: rows.map((r) => r[2] ?? ''),
        opening_balance: rows.map((r) => r[3] ?? ''),
      }),
    );
    const others = ['regions.csv', 'assistance_enrollment.csv', 'fund_flows.csv'].map((f) => join(TINY_DIR, f));
    const page = await browser().open();
    await waitForDashboard(page);
    await loadFiles(page, [...others, parquet]);
    const quarter = (await byTestId(page, 'dashboard').getAttribute('data-quarter')) ?? '';
    // The same tables as CSV: the opening balances reach the accumulated balance KPI.
    const cli = await cliAnalysis(TINY_DIR, quarter);
    const resident = cli.funds.find((f) => f.region_code === '150000' && f.fund === 'resident');
    expect(resident?.accumulated_balance).toMatch(/^\d+\.\d{2}$/);
    await waitForKpi(page, 'kpi-accumulated', resident?.accumulated_balance ?? '');
    expect(browser().requests.some((u) => /parquet_wasm_bg[^/]*\.wasm$/.test(new URL(u).pathname))).toBe(true);
  });

  it('lists a broken file on the data page, downloads the problems as CSV, and keeps the dataset', async () => {
    const page = await browser().open('?page=data');
    await byTestId(page, 'data-page').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    await expect.poll(() => byTestId(page, 'data-page-name').textContent(), { timeout: APP_TIMEOUT }).not.toBe('—');
    const name = await byTestId(page, 'dataset-name').textContent();

    await byTestId(page, 'data-page-load-files').setInputFiles([
      join(TINY_DIR, 'regions.csv'),
      join(REPO, 'test/fixtures/broken/csv-money-three-decimals/fund_flows.csv'),
    ]);
    const failure = byTestId(page, 'data-page-failure');
    await failure.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await byTestId(page, 'data-page-kept').textContent()).toBe(`数据未更新，仍显示：${name}`);
    const problem = byTestId(page, 'problem-row').first();
    const cells = await problem.locator('th, td').allTextContents();
    expect(cells[0]).toBe('fund_flows.csv');
    expect(cells[2]).toMatch(/^第\d+行$/);
    expect(cells[3]).toBe('amount');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId(page, 'problems-download').locator('[data-testid="export-csv"]').click(),
    ]);
    const csv = await downloadText(download);
    expect(download.suggestedFilename()).toBe('数据问题清单.csv');
    const line = csv.split('\r\n').find((l) => l.includes('fund_flows.csv')) ?? '';
    expect(line).toContain(`,${(cells[2] ?? '').replace(/\D/g, '')},amount,`);
    expect(line.startsWith('错误,')).toBe(true);

    expect(await byTestId(page, 'dataset-name').textContent()).toBe(name);
  });

  it('取消 during a large load keeps the dataset on screen', async () => {
    const roster = await writeTemp('roster.csv', largeRoster(400_000));
    const page = await browser().open();
    await waitForDashboard(page);
    const name = await byTestId(page, 'dataset-name').textContent();
    const rate = await kpiValue(page, 'kpi-coverage');

    await loadFiles(page, [join(TINY_DIR, 'regions.csv'), roster]);
    await byTestId(page, 'import-progress').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    await byTestId(page, 'import-cancel').click();
    await byTestId(page, 'import-progress').waitFor({ state: 'detached', timeout: APP_TIMEOUT });

    expect(await byTestId(page, 'dataset-name').textContent()).toBe(name);
    expect(await kpiValue(page, 'kpi-coverage')).toBe(rate);
    await openDataPage(page);
    expect(await byTestId(page, 'data-page-failure').getAttribute('data-cancelled')).toBe('true');
    expect(await byTestId(page, 'data-page-kept').textContent()).toBe(`数据未更新，仍显示：${name}`);
  });
});
