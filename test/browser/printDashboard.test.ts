// Found by stop 33's presenter walk: Ctrl+P on the overview printed its tables
// inside their scroll boxes (rows cut mid-row, 兴安盟 and 阿拉善盟 missing),
// 8 of 116 alerts without a word, the export and "show more" buttons, and
// charts at their screen width running into the table beside them.
import { describe, expect, it } from 'vitest';
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
      const buttons = [...document.querySelectorAll<HTMLElement>('[data-testid="alert-more"], .export-button')].filter((e) => e.getClientRects().length > 0).length;
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
});
