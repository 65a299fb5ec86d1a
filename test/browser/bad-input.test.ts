// A dataset with an error never half-loads: the problems are listed with
// file, row and column, and the data already on screen stays.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './harness';
import { byTestId, kpiValue, loadFiles, readView, waitForDashboard } from './dashboard';

const browser = setupBrowser('bad-input');
const FIXTURE = fileURLToPath(new URL('./fixtures/bad-money/', import.meta.url));

describe('loading a dataset with an error', () => {
  it('lists the problem with file, row and column and keeps the sample on screen', async () => {
    const page = await browser().open();
    const before = await waitForDashboard(page);
    const datasetName = await byTestId(page, 'dataset-name').textContent();
    const rate = await kpiValue(page, 'kpi-coverage');

    const files = (await readdir(FIXTURE)).map((f) => join(FIXTURE, f));
    await loadFiles(page, files);

    const problems = byTestId(page, 'load-problems');
    await problems.waitFor({ state: 'visible', timeout: 60_000 });
    const text = (await problems.textContent()) ?? '';
    // 1600000.125 has three decimals; it sits on the third data row, row 4 counting the header.
    expect(text).toContain('fund_flows.csv');
    expect(text).toContain('第4行');
    expect(text).toContain('amount');
    expect(text).not.toContain('regions.csv');

    expect(await byTestId(page, 'sample-badge').isVisible()).toBe(true);
    expect(await byTestId(page, 'sample-badge').textContent()).toContain('示例数据');
    expect(await byTestId(page, 'dataset-name').textContent()).toBe(datasetName);
    expect(await readView(page)).toEqual(before);
    expect(await kpiValue(page, 'kpi-coverage')).toBe(rate);
  });

  it('on the data page, keeps every problem inside its card: the sentences wrap', async () => {
    const page = await browser().open('?page=data&q=2024Q4');
    const files = (await readdir(FIXTURE)).map((f) => join(FIXTURE, f));
    await byTestId(page, 'data-page-load-files').setInputFiles(files);
    const errors = byTestId(page, 'problems-error');
    await errors.waitFor({ state: 'visible', timeout: 60_000 });
    // A long sentence in a narrow window: the table must not run past the card (it was cut off at its edge).
    await page.setViewportSize({ width: 800, height: 800 });
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('.problem-tables table')].map((table) => {
        const card = table.closest('.card') ?? document.body;
        return Math.round(table.getBoundingClientRect().right - card.getBoundingClientRect().right);
      }),
    );
    expect(overflow.length).toBeGreaterThan(0);
    for (const past of overflow) expect(past).toBeLessThanOrEqual(0);
  });
});
