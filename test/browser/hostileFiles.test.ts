// Hostile files through the page (issue #15, item 4): a zip bomb dressed as
// XLSX, a header 10,000 columns wide, 32 MB of random bytes, a last line of
// 9 MB and a cell of 3 MB of digits are each
// refused with a precise line, the tab stays alive, and the sample stays on
// screen with its figures. The engine-level limits (time, memory) are in
// test/engine/hostileFiles.test.ts; this is what a user who drops them sees.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportXlsx } from '../../src/engine/export/exportTable';
import { declareSize } from '../../scripts/fixtures/zipSizes';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { byTestId, kpiValue, loadFiles, readView, waitForDashboard, waitUntil } from './dashboard';
import { TINY_DIR, writeTemp } from './importFixtures';

const browser = setupBrowser('hostile-files');
const MB = 1024 * 1024;

/** Seeded bytes (a linear congruential generator): the same junk on every run. */
function junk(bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  let x = 20240615;
  for (let i = 0; i < bytes; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

async function regionsWorkbook(): Promise<Uint8Array> {
  const [header = '', ...rows] = (await readFile(join(TINY_DIR, 'regions.csv'), 'utf8')).replace(/^\ufeff/, '').trim().split(/\r?\n/);
  const keys = header.split(',');
  return exportXlsx([{ name: 'regions', columns: keys.map((key) => ({ key })), rows: rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [keys[i] ?? '', v]))) }]);
}

describe('hostile files dropped on the page', () => {
  it('refuses each with its file named and keeps the sample, its figures and a working page', async () => {
    const page = await browser().open();
    const before = await waitForDashboard(page);
    await page.locator('[data-testid="dashboard"][data-source="engine"]').waitFor({ timeout: APP_TIMEOUT });
    const rate = await kpiValue(page, 'kpi-coverage');
    const tiny = ['assistance_enrollment.csv', 'fund_flows.csv', 'fund_balances.csv'].map((n) => join(TINY_DIR, n));

    const cases = [
      { file: await writeTemp('regions.xlsx', declareSize(await regionsWorkbook(), 'xl/worksheets/sheet1.xml', 2047 * MB)), says: /regions\.xlsx · .*xl\/worksheets\/sheet1\.xml 解压后为 2047 MB/ },
      { file: await writeTemp('regions.csv', `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\n1\n`), says: /regions\.csv · 第1行 · 表头有 10,000 列/ },
      { file: await writeTemp('regions.csv', junk(32 * MB)), says: /regions\.csv · .*(UTF-8|GBK)/ },
    ];
    // fund_balances.csv of the tiny dataset (rows 2–8) with a last row of 9 MB of digits, which DuckDB dropped
    // without a word (the rest loaded), and with a cell of 3 MB of digits, whose refusal took hours and quoted it whole.
    const balances = (await readFile(join(TINY_DIR, 'fund_balances.csv'), 'utf8')).trimEnd();
    const others = ['regions.csv', 'assistance_enrollment.csv', 'fund_flows.csv'].map((n) => join(TINY_DIR, n));
    const balancesWith = async (cell: string): Promise<string[]> => [await writeTemp('fund_balances.csv', `${balances}\n2025,150100,resident,${cell}\n`), ...others];
    const withBalances = [
      { files: await balancesWith('1'.repeat(9 * MB)), says: /fund_balances\.csv · 第9行 · CSV 无法读取这一行/ },
      { files: await balancesWith('1'.repeat(3 * MB)), says: new RegExp(`fund_balances\\.csv · 第9行 · opening_balance · 金额"${'1'.repeat(40)}…"过大`) },
    ];
    for (const { files, says } of [...cases.map(({ file, says }) => ({ files: [file, ...tiny], says })), ...withBalances]) {
      await loadFiles(page, files);
      const text = await waitUntil(
        `the problem line for ${files[0]}`,
        async () => (await byTestId(page, 'load-problems').textContent().catch(() => '')) ?? '',
        (t) => says.test(t),
      );
      expect(text).toMatch(says);
      // The sample, as it was.
      expect(await byTestId(page, 'sample-badge').isVisible()).toBe(true);
      expect(await readView(page)).toEqual(before);
      expect(await kpiValue(page, 'kpi-coverage')).toBe(rate);
    }
    // The tab still answers: a drill-down into a city draws its view.
    await page.locator('[data-testid="region-link"][data-code="150900"]').first().click();
    await waitUntil('the city view', () => readView(page), (v) => v.region === '150900');
  });

  it('refuses a .csv that is really a login page as such, keeping the sample; then loads the data as bars and a DOS Ctrl-Z wrote it', async () => {
    const page = await browser().open();
    const before = await waitForDashboard(page);
    await page.locator('[data-testid="dashboard"][data-source="engine"]').waitFor({ timeout: APP_TIMEOUT });
    const rate = await kpiValue(page, 'kpi-coverage');
    const tiny = ['regions.csv', 'assistance_enrollment.csv', 'fund_flows.csv'].map((n) => join(TINY_DIR, n));
    const login = await writeTemp('fund_balances.csv', '<!DOCTYPE html>\n<html><head><title>统一身份认证</title></head><body>会话已过期，请重新登录</body></html>\n');
    await loadFiles(page, [login, ...tiny]);
    const text = await waitUntil(
      'the problem line for the login page',
      async () => (await byTestId(page, 'load-problems').textContent().catch(() => '')) ?? '',
      (t) => t.includes('fund_balances.csv'),
    );
    expect(text).toContain('这个 .csv 文件其实是网页（HTML），不是 CSV 文本');
    expect(text).not.toContain('缺少列');
    expect(await byTestId(page, 'sample-badge').isVisible()).toBe(true);
    expect(await readView(page)).toEqual(before);
    expect(await kpiValue(page, 'kpi-coverage')).toBe(rate);
    // The same table unloaded by a database with bars, and ended by a DOS program's Ctrl-Z: loaded.
    const balances = (await readFile(join(TINY_DIR, 'fund_balances.csv'), 'utf8')).replace(/,/g, '|');
    await loadFiles(page, [await writeTemp('fund_balances.csv', `${balances}\u001a`), ...tiny]);
    await waitUntil('the tiny dataset on screen', async () => byTestId(page, 'sample-badge').isVisible(), (shown) => !shown);
    expect(await byTestId(page, 'load-problems').count()).toBe(0);
  });
});
