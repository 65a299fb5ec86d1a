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

  it('on a phone, each problem reads as lines across the card: where, the problem, what was expected', async () => {
    // The six columns were wider than a 390-pixel card: the problem's sentence sat in a column 10em wide,
    // scrolled half out of view, and 应为 out of it entirely.
    const page = await browser().open('?page=data&q=2024Q4');
    await page.setViewportSize({ width: 390, height: 844 });
    const files = (await readdir(FIXTURE)).map((f) => join(FIXTURE, f));
    await byTestId(page, 'data-page-load-files').setInputFiles(files);
    await byTestId(page, 'problems-error').waitFor({ state: 'visible', timeout: 60_000 });
    const laid = await page.evaluate(() =>
      [...document.querySelectorAll('.problem-tables tbody tr')].map((tr) => {
        const card = (tr.closest('.card') as HTMLElement).getBoundingClientRect();
        const box = tr.closest('.table-scroll') as HTMLElement;
        const rect = (selector: string) => (tr.querySelector(selector) as HTMLElement).getBoundingClientRect();
        const [file, problem, expected] = [rect('th'), rect('.problem-text'), rect('.problem-expected')];
        return {
          scrolls: box.scrollWidth > box.clientWidth,
          inside: [file, problem, expected].every((r) => r.left >= card.left && r.right <= card.right),
          // Each sentence on lines of its own below the file, nearly as wide as the card.
          stacked: file.bottom <= problem.top && problem.bottom <= expected.top,
          wide: problem.width >= 0.8 * card.width && expected.width >= 0.8 * card.width,
          // A CSV file has no sheet: its empty cell is left out, not shown as —.
          shown: [...tr.querySelectorAll('th, td')].filter((c) => getComputedStyle(c).display !== 'none').map((c) => c.textContent),
        };
      }),
    );
    expect(laid.length).toBeGreaterThan(0);
    for (const row of laid) {
      expect(row).toMatchObject({ scrolls: false, inside: true, stacked: true, wide: true });
      expect(row.shown).not.toContain('—');
    }
    expect(laid[0]?.shown.slice(0, 3)).toEqual(['fund_flows.csv', '第4行', 'amount']);
  });
});
