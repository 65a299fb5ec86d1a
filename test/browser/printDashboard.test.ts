// Found by stop 33's presenter walk: Ctrl+P on the overview printed its tables
// inside their scroll boxes (rows cut mid-row, 兴安盟 and 阿拉善盟 missing),
// 8 of 116 alerts without a word, the export and "show more" buttons, and
// charts at their screen width running into the table beside them.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../report/printPdf';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { byTestId, waitForDashboard } from './dashboard';

const browser = setupBrowser('print-dashboard');

describe('the overview printed (Ctrl+P)', () => {
  it('prints every table row, says how many alerts it prints of how many, hides buttons, and fits its charts to the paper', async () => {
    const page = await browser().open('?q=2024Q4');
    await waitForDashboard(page);
    const dashboard = byTestId(page, 'dashboard');
    await expect.poll(() => dashboard.locator('.chart[data-state="ready"]').count(), { timeout: APP_TIMEOUT }).toBeGreaterThan(2);
    await page.setViewportSize({ width: 672, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const cut = [...document.querySelectorAll<HTMLElement>('.table-scroll, .alert-list, .problem-list')].filter((e) => e.scrollHeight > e.clientHeight + 1).map((e) => e.className);
      const buttons = [...document.querySelectorAll<HTMLElement>('[data-testid="alert-more"], .export-button, .chart-save-button')].filter((e) => e.getClientRects().length > 0).length;
      const printed = document.querySelector<HTMLElement>('[data-testid="alert-printed"]');
      const wide = [...document.querySelectorAll<HTMLElement>('.chart')].flatMap((chart) => {
        const svg = chart.querySelector('svg');
        return svg && svg.getBoundingClientRect().width > chart.getBoundingClientRect().width + 1 ? [`${svg.getBoundingClientRect().width} > ${chart.getBoundingClientRect().width}`] : [];
      });
      return { cut, buttons, printed: printed && printed.getClientRects().length > 0 ? printed.innerText : null, wide };
    });
    expect(layout.cut).toEqual([]);
    expect(layout.buttons).toBe(0);
    expect(layout.printed).toMatch(/^本页打印了前 40 条预警（共 \d+ 条）；完整清单见“预警”页或导出的报告。$/);
    expect(layout.wide).toEqual([]);
  });

  // Stop 44: the tables wider than the paper kept their scroll box across, so Ctrl+P cut their right columns:
  // the overview's quarter table (11 columns) printed 季度 … 其他（ and never 支出, 当期结余 or 累计结余; the
  // allocation page's 10- and 11-column tables lost 基准金额 … 差额 and 应资助合计 … 差额.
  // A4 is 794 px across; 672 leaves Chromium's default margins and then some.
  const PAPER = 672;

  /** Every table in the print layout at the paper's width: how far its box scrolls, where its last heading ends. */
  async function printedTables(page: Page) {
    await page.setViewportSize({ width: PAPER, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    return page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.table-scroll')].map((box) => {
        const heads = [...box.querySelectorAll<HTMLElement>('thead th')];
        const last = heads[heads.length - 1];
        return { columns: heads.length, last: last?.innerText ?? '', lastRight: Math.round(last?.getBoundingClientRect().right ?? 0), hidden: box.scrollWidth - box.clientWidth };
      }),
    );
  }

  it('prints the overview\'s 11-column quarter table whole: its last heading inside the paper, in the PDF', async () => {
    const page = await browser().open('?q=2024Q4');
    await waitForDashboard(page);
    const dashboard = byTestId(page, 'dashboard');
    await expect.poll(() => dashboard.locator('.chart[data-state="ready"]').count(), { timeout: APP_TIMEOUT }).toBeGreaterThan(2);
    const tables = await printedTables(page);
    const quarters = tables.find((t) => t.columns === 11);
    expect(quarters?.last).toBe('累计结余（亿元）');
    for (const t of tables) {
      expect(t.hidden, t.last).toBeLessThanOrEqual(0);
      expect(t.lastRight, t.last).toBeLessThanOrEqual(PAPER);
    }
    // Chromium's own print (A4, as the print dialog): the heading row read back from the PDF, to its last column.
    const text = (await readPdf(await page.pdf({ format: 'A4' }), 30)).map((p) => p.text).join('\n');
    expect(text).toMatch(/其他（亿元）\s+支出（亿元）\s+当期结余（亿元）\s+累计结余（亿元）/);
  });

  it('prints the allocation page\'s wide tables whole, down to their 差额 column', async () => {
    const page = await browser().open('?page=allocation&q=2024Q4&r=150000&f=resident&pot=assistance');
    await expect.poll(() => page.locator('.table-scroll thead th').count(), { timeout: APP_TIMEOUT }).toBeGreaterThan(20);
    const tables = await printedTables(page);
    // The shares (10 columns, 差额（元，精确到分）) and the enrollment subsidies due and paid (11, 差额（万元）).
    expect(tables.filter((t) => t.columns >= 10).map((t) => t.last)).toEqual(['差额（元，精确到分）', '差额（万元）']);
    for (const t of tables) {
      expect(t.hidden, t.last).toBeLessThanOrEqual(0);
      expect(t.lastRight, t.last).toBeLessThanOrEqual(PAPER);
    }
    const text = (await readPdf(await page.pdf({ format: 'A4' }), 30)).map((p) => p.text).join('\n');
    // Headings wrap on paper (差额（万 / 元）); each table's last columns are there.
    for (const head of ['情景金额（元，精确到分）', '差额（元，精确到', '应资助合计', '实际资助（万', '差额（万']) expect(text, head).toContain(head);
  });
});
