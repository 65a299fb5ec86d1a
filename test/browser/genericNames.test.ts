// Regions the official code lists name generically (Chongqing's 500100 市辖区
// and 500200 县) show with their parent's name in front, set off by a middle
// dot (重庆市·县: glued, 重庆市县 read as one county's name), on the dashboard:
// the region links of the list, the title, the breadcrumb and the alerts,
// in Chinese and in English.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './harness';
import { byTestId, loadFiles, waitForDashboard, waitForView } from './dashboard';
import { switchTo } from './langText';

const browser = setupBrowser('generic-names');
const FIXTURE = fileURLToPath(new URL('./fixtures/generic-names/', import.meta.url));
/** 县 or 市辖区 standing alone, not inside a longer name (城口县, 重庆市·县). */
const BARE = /(?<![\u4e00-\u9fff·])(县|市辖区)(?![\u4e00-\u9fff])/;

describe('generic region names on the dashboard', () => {
  it('shows 重庆市·市辖区 and 重庆市·县, never bare 市辖区 or 县', async () => {
    const page = await browser().open();
    await waitForDashboard(page);
    await loadFiles(page, (await readdir(FIXTURE)).map((f) => join(FIXTURE, f)));
    await expect.poll(async () => byTestId(page, 'sample-badge').isVisible(), { timeout: 60_000 }).toBe(false);
    await waitForView(page, { region: '500000', quarter: '2024Q4' });

    const link = (code: string) => page.locator(`[data-testid="region-link"][data-code="${code}"]`).first();
    await expect.poll(() => link('500100').textContent()).toBe('重庆市·市辖区');
    expect(await link('500200').textContent()).toBe('重庆市·县');
    expect(await page.locator('main').innerText()).not.toMatch(BARE);

    await link('500200').click();
    await waitForView(page, { region: '500200' });
    await expect.poll(() => byTestId(page, 'region-title').textContent()).toBe('重庆市·县');
    expect(await byTestId(page, 'breadcrumb').locator('[data-testid="crumb"][data-code="500200"]').textContent()).toContain('重庆市·县');
    // 城口县 1,000.00 − 4,000.00: the year's deficit is alerted for 重庆市·县 too.
    const text = await page.locator('main').innerText();
    expect(text).toContain('重庆市·县 城乡居民医保基金 年初至今当期结余');
    expect(text).not.toMatch(BARE);

    // The regions have no English names: in English they read the same.
    await switchTo(page, 'en');
    await expect.poll(() => page.locator('main').innerText()).toContain('重庆市·县 resident basic medical insurance fund current balance year to date');
    expect(await byTestId(page, 'region-title').textContent()).toBe('重庆市·县');
    expect(await page.locator('main').innerText()).not.toMatch(BARE);
  });
});
