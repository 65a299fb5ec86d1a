// The data page's roster matching, and an overview table saved as CSV.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, downloadText, setupBrowser } from './harness';
import { byTestId, waitForDashboard } from './dashboard';
import { SMALL_ROSTER, TINY_DIR, writeTemp } from './importFixtures';

const browser = setupBrowser('data-page');

describe('data page', () => {
  it('shows the roster matching summary and the suspected uninsured with masked IDs', async () => {
    const roster = await writeTemp('roster.csv', SMALL_ROSTER);
    const page = await browser().open('?page=data&q=2024Q4');
    await byTestId(page, 'data-page').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    const tiny = ['regions.csv', 'fund_flows.csv', 'fund_balances.csv', 'assistance_enrollment.csv'].map((f) => join(TINY_DIR, f));
    await byTestId(page, 'data-page-load-files').setInputFiles([...tiny, roster]);
    await expect.poll(() => byTestId(page, 'data-page-name').textContent(), { timeout: APP_TIMEOUT }).toContain('等 5 个文件');
    const summary = byTestId(page, 'roster-summary');
    await summary.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    // Hand-worked in test/engine/rosterMatching.test.ts: A has three identities on two lists in two
    // regions; B two identities on two lists, enrolled nowhere; C one row.
    const value = (id: string) => byTestId(page, `roster-${id}`).getAttribute('data-value');
    expect(await value('rows')).toBe('6');
    expect(await value('merged')).toBe('0');
    expect(await value('persons')).toBe('3');
    expect(await value('multi-identity')).toBe('2');
    expect(await value('multi-source')).toBe('2');
    expect(await value('region-conflicts')).toBe('1');
    expect(await value('uninsured')).toBe('1');

    const uninsured = byTestId(page, 'uninsured-row');
    expect(await uninsured.count()).toBe(1);
    expect(await uninsured.getAttribute('data-region')).toBe('150103');
    // Region names arrive with the analysis of the new data, which may finish after the roster.
    await expect.poll(() => uninsured.locator('th, td').allTextContents(), { timeout: APP_TIMEOUT }).toEqual(['回民区', '低保对象', '1']);

    // The follow-up list arrives a page at a time after the summary: wait for its rows, as a reader would.
    const followUpIds = () => byTestId(page, 'follow-up-table').locator('tbody th').allTextContents();
    await expect.poll(followUpIds, { timeout: APP_TIMEOUT, message: 'the follow-up table listing both persons to follow up' }).toEqual(['150102****1234', '150103****5678']);
    // Neither the raw IDs nor anything that looks like the 64-hex hash is on the page.
    const html = await page.content();
    expect(html).not.toContain('150102199001011234');
    expect(html).not.toMatch(/[0-9a-f]{64}/);
    expect(await byTestId(page, 'roster-privacy').textContent()).toContain('身份证号已在载入时加盐哈希，页面只显示脱敏号码');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId(page, 'follow-up-export').locator('[data-testid="export-csv"]').click(),
    ]);
    const csv = await downloadText(download);
    expect(csv).toContain('150103****5678,150103,回民区,低保对象,疑似未参保,');
    expect(csv).not.toContain('199001011234');
  });

  it('reads the follow-up list a page at a time and exports all of it', async () => {
    // 450 persons on the 低保 list of 回民区, none enrolled: 3 pages of 200, 200 and 50.
    const persons = Array.from({ length: 450 }, (_, i) => `2024Q4,1501031990010${String(i).padStart(5, '0')},150103,dibao,civil_affairs,false`);
    const roster = await writeTemp('roster.csv', ['quarter,person_id,region_code,category,source,enrolled', ...persons].join('\n'));
    const page = await browser().open('?page=data&q=2024Q4');
    await byTestId(page, 'data-page').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    const tiny = ['regions.csv', 'fund_flows.csv', 'fund_balances.csv', 'assistance_enrollment.csv'].map((f) => join(TINY_DIR, f));
    await byTestId(page, 'data-page-load-files').setInputFiles([...tiny, roster]);
    const table = byTestId(page, 'follow-up-table');
    await table.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await page.locator('#follow-up-heading').textContent()).toBe('需跟进人员 450 人');
    const ids = () => table.locator('tbody th').allTextContents();
    const masked = (i: number) => `150103****${String(i).padStart(4, '0')}`;

    // What the reader sees: the rows of page 1 (the table is drawn before its first page has arrived).
    await expect.poll(ids, { timeout: APP_TIMEOUT, message: 'the follow-up table showing persons 0–199' }).toEqual(Array.from({ length: 200 }, (_, i) => masked(i)));
    // Marked page 1 once its own answer is in (a refetch in the background shows the same rows as a placeholder a moment: the mark waits).
    await expect.poll(() => table.getAttribute('data-page'), { timeout: APP_TIMEOUT }).toBe('1');
    const pager = byTestId(page, 'follow-up-pager');
    expect(await pager.locator('span').textContent()).toBe('第 1 / 3 页（每页 200 人）');
    await pager.getByRole('button', { name: '下一页' }).click();
    await pager.getByRole('button', { name: '下一页' }).click();
    await expect.poll(ids, { timeout: APP_TIMEOUT, message: 'the follow-up table showing persons 400–449' }).toEqual(Array.from({ length: 50 }, (_, i) => masked(400 + i)));
    await expect.poll(() => table.getAttribute('data-page'), { timeout: APP_TIMEOUT }).toBe('3');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId(page, 'follow-up-export').locator('[data-testid="export-csv"]').click(),
    ]);
    const lines = (await downloadText(download)).split('\r\n').filter((l) => l);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(Array.from({ length: 450 }, (_, i) => masked(i)));
  });

  it('saves the overview coverage table as a CSV with the numbers on screen', async () => {
    const page = await browser().open();
    await waitForDashboard(page);
    const card = page.locator('.card-coverage');
    const rows = card.locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: APP_TIMEOUT }).toBeGreaterThan(0);
    const onScreen = await rows.evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).slice(0, 4).map((c) => (c.textContent ?? '').replace(/,/g, '').trim())),
    );

    const [download] = await Promise.all([page.waitForEvent('download'), card.locator('[data-testid="export-csv"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^参保率_.*\.csv$/);
    const lines = (await downloadText(download)).replace(/^\ufeff/, '').split('\r\n').filter((l) => l);
    expect(lines[0]).toBe('区划代码,地区,救助对象（人）,已参保（人）,疑似未参保（人）,参保率');
    // Name, recipients, enrolled and uninsured as the table shows them (counts without separators).
    const exported = lines.slice(1).map((l) => l.split(',').slice(1, 5));
    expect(exported).toEqual(onScreen);
  });
});
