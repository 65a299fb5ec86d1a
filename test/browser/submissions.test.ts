// Merging submissions and 版本比对 on the page: a folder of city folders
// (the tiny fixture split by city) loads as one dataset with the numbers of
// the whole; the revisions page compares the loaded data with an earlier
// submission (test/fixtures/revisions), lists the changes and exports them,
// and refuses another region tree without touching the loaded data.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { splitByCity } from '../cli/submissionFolders';
import { cliAnalysis, coverageRate, REPO } from './cliAnalysis';
import { byTestId, waitForDashboard, waitForKpi } from './dashboard';
import { APP_TIMEOUT, downloadText, setupBrowser } from './harness';
import { attrs } from './pages';
import { TINY_DIR } from './importFixtures';
import { dataWords, expectNoChinese, switchTo } from './langText';

const browser = setupBrowser('submissions');
const FIXTURE = join(REPO, 'test/fixtures/revisions');

async function loadFolder(page: Page, testId: string, dir: string): Promise<void> {
  await byTestId(page, testId).setInputFiles(dir);
}

describe('submissions on the page', () => {
  it('a folder of two city folders loads merged, with the numbers of the whole folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'fundwatch-cities-'));
    await splitByCity(TINY_DIR, join(root, 'cities'));
    const page = await browser().open('?page=data');
    await byTestId(page, 'data-page').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    await loadFolder(page, 'data-page-load-folder', join(root, 'cities'));
    await expect.poll(() => byTestId(page, 'dataset-name').textContent(), { timeout: APP_TIMEOUT }).toBe('2 个报送合并（150100、150200）');
    await expect.poll(() => byTestId(page, 'data-files').textContent(), { timeout: APP_TIMEOUT }).toContain('150200/fund_flows.csv');

    await byTestId(page, 'tab-overview').click();
    await waitForDashboard(page);
    const quarter = (await byTestId(page, 'dashboard').getAttribute('data-quarter')) ?? '';
    const cli = await cliAnalysis(TINY_DIR, quarter);
    await waitForKpi(page, 'kpi-coverage', coverageRate(cli, '150000'));
  });

  // Found by a sweep of hostile folders: an empty folder picked did nothing at all, where the command line says what is missing.
  it('an empty folder picked says which files are missing, and keeps the data on screen', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'fundwatch-empty-'));
    const page = await browser().open('?page=data');
    await byTestId(page, 'data-page').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    await expect.poll(() => byTestId(page, 'data-page-name').textContent(), { timeout: APP_TIMEOUT }).not.toBe('—');
    const name = await byTestId(page, 'dataset-name').textContent();
    await loadFolder(page, 'data-page-load-folder', empty);
    await byTestId(page, 'data-page-failure').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await byTestId(page, 'data-page-kept').textContent()).toBe(`数据未更新，仍显示：${name}`);
    expect((await byTestId(page, 'problem-row').allTextContents()).join('\n')).toContain('缺少必需的文件（行政区划）');
    expect(await byTestId(page, 'dataset-name').textContent()).toBe(name);
  });

  it('版本比对: table changes and alert changes against an earlier submission, exported; another region tree refused', async () => {
    const page = await browser().open('?page=data');
    await byTestId(page, 'data-page').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    await loadFolder(page, 'data-page-load-folder', join(FIXTURE, 'new'));
    await expect.poll(() => byTestId(page, 'dataset-name').textContent(), { timeout: APP_TIMEOUT }).toBe('new');
    await byTestId(page, 'tab-revisions').click();
    await byTestId(page, 'page-revisions').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    // Before a comparison: the intro on its own line at the top of the card, the state beside the buttons (not a padded block
    // that pushed the intro to the card's foot).
    const [card, intro, folderButton, state] = await Promise.all(
      [byTestId(page, 'revisions-toolbar'), page.locator('.revisions-intro'), byTestId(page, 'compare-folder').locator('xpath=..'), byTestId(page, 'no-comparison')].map((l) => l.boundingBox()),
    );
    if (!card || !intro || !folderButton || !state) throw new Error('the revisions toolbar is not drawn');
    expect(intro.y - card.y).toBeLessThan(24);
    expect(folderButton.y).toBeGreaterThanOrEqual(intro.y + intro.height);
    expect(Math.abs(state.y + state.height / 2 - (folderButton.y + folderButton.height / 2))).toBeLessThan(12);

    await loadFolder(page, 'compare-folder', join(FIXTURE, 'old'));
    const tables = byTestId(page, 'revisions-table');
    await expect.poll(() => tables.count(), { timeout: APP_TIMEOUT }).toBe(8);
    // As test/engine/revisions.test.ts works out: one row added, one removed, one value changed per table (regions: a name).
    expect(await attrs(tables, 'data-table')).toEqual(['regions', 'assistance_enrollment', 'resident_enrollment', 'fund_flows', 'fund_balances', 'budgets', 'obligations', 'transfers']);
    expect(await attrs(tables, 'data-added')).toEqual(['0', '1', '1', '1', '1', '1', '1', '1']);
    expect(await attrs(tables, 'data-changed')).toEqual(['1', '1', '1', '1', '1', '1', '1', '1']);
    const alerts = byTestId(page, 'revision-alert');
    const [changes, rules, codes] = await Promise.all([attrs(alerts, 'data-change'), attrs(alerts, 'data-rule'), attrs(alerts, 'data-region')]);
    // The same as analyze --compare (test/cli/submissions.test.ts); the fixture's transfers are not booked, hence the reconciliation alerts.
    expect(changes.map((c, i) => `${c} ${rules[i] ?? ''} ${codes[i] ?? ''}`)).toEqual([
      'new reconciliation 150200',
      'new transfer_not_received 150200',
      'new reconciliation 150100',
      'new months_payable 150000',
      'new months_payable 150103',
      'resolved coverage 150100',
      'resolved coverage 150103',
      'resolved accumulated_negative 150200',
      'resolved accumulated_negative 150202',
      'resolved coverage 150000',
    ]);
    const transfer = byTestId(page, 'revisions-row').filter({ hasText: 'P-2024-1' });
    expect(await transfer.textContent()).toContain('300000.00');
    expect(await transfer.textContent()).toContain('310000.00');

    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'export-alerts').locator('[data-testid="export-csv"]').click()]);
    expect(download.suggestedFilename()).toBe('版本比对_预警变化.csv');
    const csv = await downloadText(download);
    expect(csv.split('\r\n').filter((l) => l.startsWith('解除,')).length).toBe(5);
    expect(csv).toContain('P-2024-3');

    // The report page now has the section of changes since the last submission.
    await byTestId(page, 'tab-report').click();
    const frame = page.frameLocator('[data-testid="report-preview"]');
    await expect.poll(() => frame.locator('#revisions h2').textContent(), { timeout: APP_TIMEOUT }).toBe('十一、与上次报送相比的变化');
    expect(await frame.locator('#revisions').textContent()).toContain('P-2024-3');
    await byTestId(page, 'tab-revisions').click();
    await byTestId(page, 'page-revisions').waitFor({ state: 'visible', timeout: APP_TIMEOUT });

    // In English: no Chinese of the page's own (region names and document numbers are data).
    await switchTo(page, 'en');
    await expect.poll(() => byTestId(page, 'page-title').textContent(), { timeout: APP_TIMEOUT }).toBe('Revisions');
    await expectNoChinese(page, [...new Set([...(await dataWords(join(FIXTURE, 'new'))), ...(await dataWords(join(FIXTURE, 'old')))])].sort((a, b) => b.length - a.length));
    await switchTo(page, 'zh');

    // Another region tree: refused, precisely; the loaded data stay.
    const other = await mkdtemp(join(tmpdir(), 'fundwatch-other-tree-'));
    await cp(join(FIXTURE, 'old'), join(other, 'old'), { recursive: true });
    const regions = (await readFile(join(FIXTURE, 'old/regions.csv'), 'utf8')).replace('150202,东河区,county,150200', '150202,东河区,county,150100');
    await writeFile(join(other, 'old/regions.csv'), regions);
    await loadFolder(page, 'compare-folder', join(other, 'old'));
    const problems = byTestId(page, 'comparison-problems');
    await problems.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await problems.textContent()).toContain('区划 150202 的上级不同：比对数据 150100，当前数据 150200');
    expect(await byTestId(page, 'dataset-name').textContent()).toBe('new');
    await byTestId(page, 'tab-overview').click();
    await waitForDashboard(page);
    const cli = await cliAnalysis(join(FIXTURE, 'new'), '2024Q4');
    await waitForKpi(page, 'kpi-coverage', coverageRate(cli, '150000'));
  });
});
