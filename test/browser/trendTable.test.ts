// The fund trend's data table under its chart, at a common laptop size
// (1440×900) in English, where the column heads wrap to five lines: the box
// shows about seven of a county's twelve quarters, and used to open at the
// first, the quarter being read (2024Q4) out of sight below. It opens at the
// end: the last row whole, below the sticky heads, above any scroll bar.
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './harness';
import { waitForChart, waitForDashboard } from './dashboard';

const browser = setupBrowser('trend-table');

interface Geometry {
  rows: number;
  lastQuarter: string;
  headBottom: number;
  lastTop: number;
  lastBottom: number;
  viewBottom: number;
  headHeight: number;
}

describe('fund trend table', () => {
  it('at 1440×900 in English, a county\'s last quarter is in view as the box opens', async () => {
    // Every test window is 1440×900 (harness.ts CONTEXT_OPTIONS).
    const page = await browser().open('?q=2024Q4&r=150102&f=resident&lang=en');
    await waitForDashboard(page);
    await waitForChart(page, 'chart-fund-trend');
    const box = page.locator('.card-trend .table-scroll').first();
    await box.locator('tbody tr').last().waitFor();
    const g: Geometry = await box.evaluate((el) => {
      const head = el.querySelector('thead')!.getBoundingClientRect();
      const rows = [...el.querySelectorAll('tbody tr')];
      const last = rows[rows.length - 1]!.getBoundingClientRect();
      const frame = el.getBoundingClientRect();
      return {
        rows: rows.length,
        lastQuarter: rows[rows.length - 1]!.querySelector('th, td')!.textContent ?? '',
        headBottom: head.bottom,
        lastTop: last.top,
        lastBottom: last.bottom,
        // The visible part of the box: its client area, without a horizontal scroll bar.
        viewBottom: frame.top + el.clientTop + el.clientHeight,
        headHeight: head.height,
      };
    });
    // The wrapped heads: more than twice a row's height.
    expect(g.headHeight).toBeGreaterThan(2 * (g.lastBottom - g.lastTop));
    expect(g.lastQuarter).toBe('2024Q4');
    expect(g.lastTop).toBeGreaterThanOrEqual(g.headBottom);
    expect(g.lastBottom).toBeLessThanOrEqual(g.viewBottom + 0.5);
  });
});
