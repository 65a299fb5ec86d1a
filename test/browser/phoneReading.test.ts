// What a phone (390 × 844) shows must read without sideways scrolling or a
// magnifier: the data page's 当前数据 lists each loaded file as lines (it was a
// six-column table 526 px wide in a 332 px box), and the overview's tile map
// labels its tiles at 11 px or more (six columns of 52 px drew every name at
// the 9 px floor). The desktop keeps its table and its tiles as they were.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { byTestId, waitForDashboard } from './dashboard';

const browser = setupBrowser('phone-reading');

describe('the data page on a phone', () => {
  it('lists each loaded file as lines inside the card: no sideways scrolling, the row count said with its head', async () => {
    const page = await browser().open('?page=data&q=2024Q4');
    await page.setViewportSize({ width: 390, height: 844 });
    const table = byTestId(page, 'data-files');
    await table.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    const laid = await page.evaluate(() => {
      const t = document.querySelector('[data-testid="data-files"]') as HTMLElement;
      const box = t.closest('.table-scroll') as HTMLElement;
      const card = (t.closest('.card') as HTMLElement).getBoundingClientRect();
      return {
        scrolls: box.scrollWidth > box.clientWidth,
        rows: [...t.querySelectorAll('tbody tr')].map((tr) => {
          const r = tr.getBoundingClientRect();
          // The text as read: each cell shown, with what its ::before says (" · ", "行数：").
          const text = [...tr.querySelectorAll('th, td')]
            .filter((c) => getComputedStyle(c).display !== 'none')
            .map((c) => `${getComputedStyle(c, '::before').content.replace(/^none$/, '').replace(/^"|"$/g, '')}${c.textContent ?? ''}`)
            .join('');
          return { inside: r.left >= card.left && r.right <= card.right, text };
        }),
      };
    });
    expect(laid.scrolls).toBe(false);
    expect(laid.rows.length).toBeGreaterThan(5);
    for (const row of laid.rows) expect(row.inside, row.text).toBe(true);
    // A CSV file has no sheet: its — is left out; the count says what it counts.
    expect(laid.rows.find((r) => r.text.startsWith('regions.csv'))?.text).toMatch(/^regions\.csv · regions · CSV · utf-8 · 行数：\d+$/);
  });

  it('keeps the table of columns on a desktop', async () => {
    const page = await browser().open('?page=data&q=2024Q4');
    const table = byTestId(page, 'data-files');
    await table.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    const heads = await table.locator('thead th').evaluateAll((ths) => ths.filter((th) => (th as HTMLElement).offsetHeight > 1).map((th) => th.textContent));
    expect(heads).toEqual(['文件', '工作表', '数据表', '格式', '编码', '行数']);
    expect(await table.evaluate((t) => getComputedStyle(t).display)).toBe('table');
  });
});

/** Every label of the overview's tile map: its text, its font size in px, and whether it sits inside a tile. */
async function tileLabels(page: Page): Promise<{ text: string; size: number; inside: boolean }[]> {
  const svg = page.locator('[data-testid="chart-tiles"][data-state="ready"] .chart-host svg');
  await svg.waitFor({ timeout: APP_TIMEOUT });
  return svg.evaluate((root) => {
    const tiles = [...root.querySelectorAll('path')].map((p) => p.getBoundingClientRect()).filter((r) => r.width > 10 && r.width < root.getBoundingClientRect().width / 2);
    return [...root.querySelectorAll('text')].map((t) => {
      const r = t.getBoundingClientRect();
      const inside = tiles.some((b) => r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1);
      return { text: t.textContent ?? '', size: Number.parseFloat(getComputedStyle(t).fontSize), inside };
    });
  });
}

describe('the tile map on a phone', () => {
  const readable = (labels: { text: string; size: number; inside: boolean }[], what: string): void => {
    expect(labels.length, what).toBeGreaterThan(0);
    for (const l of labels) {
      expect(l.size, `${what}: ${l.text}`).toBeGreaterThanOrEqual(11);
      expect(l.inside, `${what}: ${l.text} outside its tile`).toBe(true);
      expect(l.text, `${what}: cut`).not.toMatch(/\.\.\.|…/);
    }
  };

  it('labels the 12 cities, and a city’s counties, at 11 px or more, whole', async () => {
    const page = await browser().open('?q=2024Q4');
    await page.setViewportSize({ width: 390, height: 844 });
    const cities = await tileLabels(page);
    readable(cities, 'cities');
    // Every city's whole name, on one line or broken into lines (呼伦贝 / 尔市).
    const drawn = cities.map((l) => l.text).join('');
    for (const name of ['呼伦贝尔市', '巴彦淖尔市', '锡林郭勒盟', '鄂尔多斯市', '阿拉善盟', '乌兰察布市']) expect(drawn).toContain(name);
    await byTestId(page, 'tile-indicator').selectOption('months_payable');
    await page.locator('[data-testid="chart-tiles"][data-state="ready"] .chart-host svg text', { hasText: '个月' }).first().waitFor({ timeout: APP_TIMEOUT });
    readable(await tileLabels(page), 'months payable');
    // 呼伦贝尔市's fourteen counties (莫力达瓦达斡尔族自治旗 the longest name).
    const counties = await browser().open('?q=2024Q4&r=150700');
    await counties.setViewportSize({ width: 390, height: 844 });
    const labels = await tileLabels(counties);
    readable(labels, 'counties');
    expect(labels.map((l) => l.text).join('')).toContain('莫力达瓦达斡尔族自治旗');
  });
});

describe('money cards on a phone, in English', () => {
  it('break between a figure and its unit, never inside "million yuan"', async () => {
    const session = browser();
    const page = await (await session.freshContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(new URL('?q=2024Q4&r=150000&f=resident&lang=en', session.baseUrl).href);
    await waitForDashboard(page);
    // Every unit of the money cards, its lines as laid out: one line each.
    const units = page.locator('[data-testid="kpi-current-balance"] .money-unit, [data-testid="kpi-accumulated"] .money-unit');
    await expect.poll(() => units.count(), { timeout: APP_TIMEOUT }).toBeGreaterThan(3);
    const lines = await units.evaluateAll((spans) => spans.map((s) => ({ text: s.textContent, lines: s.getClientRects().length })));
    expect(lines.filter((l) => l.lines !== 1), JSON.stringify(lines)).toEqual([]);
    expect(lines.map((l) => l.text)).toContain('million yuan');
  });
});
