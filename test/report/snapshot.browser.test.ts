// The snapshot file in a real browser (Debian Chromium, fresh profile):
// opened from file:// it makes no request but the file itself, shows every
// chart, and prints to numbered A4 pages with nothing cut off. The printed
// pages are what the report page's 打印 button prints (it prints this HTML).
// FUNDWATCH_PDF_PAGES=DIR keeps the pages as PNG to look at.
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_OPTIONS, connectChromium } from '../browser/harness';
import { sampleReport, type SampleReport } from './sampleReport';
import { inkInSideMargins, readPdf } from './printPdf';

let r: SampleReport;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  r = await sampleReport();
  browser = await connectChromium();
  context = await browser.newContext({ ...CONTEXT_OPTIONS, viewport: { width: 1280, height: 900 } });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the report file in Chromium', () => {
  it('opens with zero network requests and shows every chart; prints to 3–30 A4 pages', async () => {
    const url = pathToFileURL(r.file).href;
    const requests: string[] = [];
    const page = await context.newPage();
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(url);
    expect(requests.filter((u) => u !== url && !u.startsWith('data:'))).toEqual([]);
    // The eight charts of the sections before 压力测试, and its band chart.
    expect(await page.locator('figure.chart svg').count()).toBe(9);
    // Charts are drawn, not empty: the coverage ranking names its cities.
    expect(await page.locator('#chart-coverage svg text', { hasText: '乌兰察布市' }).count()).toBeGreaterThan(0);
    // A phone: one column, the page itself does not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(30);
    expect(requests.filter((u) => u !== url && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  }, 120_000);

  it('prints each section after the first from a new numbered A4 page under the running header, no table wider than the paper', async () => {
    const page = await context.newPage();
    await page.goto(pathToFileURL(r.file).href);
    // The A4 column (210 mm less 2 × 16 mm of margin) at 96 px per inch, laid out for print.
    await page.setViewportSize({ width: Math.floor((178 / 25.4) * 96), height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('main table, main figure svg')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((el) => el.closest('[id]')?.id ?? el.tagName),
    );
    expect(overflowing).toEqual([]);
    const headings = (await page.locator('.report-section > h2').allTextContents()).map((h) => h.trim());
    expect(headings.length).toBeGreaterThanOrEqual(6);

    const dpi = 50;
    const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }), dpi, process.env.FUNDWATCH_PDF_PAGES);
    const n = pages.length;
    expect(n).toBeGreaterThanOrEqual(headings.length);
    expect(n).toBeLessThanOrEqual(30);
    pages.forEach((p, i) => {
      // A4 at 50 dpi: 8.27 × 11.69 inches.
      expect([p.width, p.height]).toEqual([414, 585]);
      expect(p.text, `page ${i + 1} footer`).toContain(`第 ${i + 1} 页 / 共 ${n} 页`);
      if (i > 0) expect(p.text, `page ${i + 1} header`).toContain('内蒙古自治区 · 2024年第4季度');
      expect(inkInSideMargins(p, dpi, 12), `ink in the side margins of page ${i + 1}`).toBe(0);
    });
    // Every section but the first opens a page: its heading is among the first lines under the running header.
    // The first follows the summary on page 1, so that page is not a title and white space.
    const openings = pages.map((p) => p.text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join(' '));
    for (const heading of headings.slice(1)) expect(openings.some((o) => o.includes(heading)), heading).toBe(true);
    expect(pages[0]?.text).toContain(headings[0] ?? '-');
    await page.close();
  }, 120_000);

  it('prints the summary and its key figures on the first page, and fills that page', async () => {
    const page = await context.newPage();
    await page.goto(pathToFileURL(r.file).href);
    await page.emulateMedia({ media: 'print' });
    const title = ((await page.locator('h1').textContent()) ?? '').trim();
    const summary = ((await page.locator('.summary').textContent()) ?? '').trim();
    // The summary's key figures: the enrollment rate, months payable of each fund, the problems found.
    const figures = summary.match(/\d[\d,]*(?:\.\d+)?%?/g) ?? [];
    expect(figures.length).toBeGreaterThanOrEqual(4);
    // data/README.md: the province's recipients are 99.76% enrolled at 2024Q4.
    expect(figures).toContain('99.76%');

    const dpi = 50;
    const [first] = await readPdf(await page.pdf({ preferCSSPageSize: true }), dpi, process.env.FUNDWATCH_PDF_PAGES);
    if (!first) throw new Error('no printed page');
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    expect(squeeze(first.text)).toContain(squeeze(title));
    expect(squeeze(first.text)).toContain(squeeze(summary));
    for (const figure of figures) expect(squeeze(first.text), figure).toContain(figure);
    // Not a title and white space: ink on at least two fifths of the rows between the margins (20 mm top, 18 mm bottom;
    // with the sections each on a new page it was the title block and one sentence).
    const top = Math.ceil((20 / 25.4) * dpi);
    const bottom = first.height - Math.ceil((18 / 25.4) * dpi);
    let inked = 0;
    for (let y = top; y < bottom; y++) {
      const row = first.pixels.subarray(y * first.width, (y + 1) * first.width);
      if (row.some((v) => v < 200)) inked++;
    }
    expect(inked / (bottom - top), 'share of the first page\'s rows with ink').toBeGreaterThan(0.4);
    await page.close();
  }, 120_000);

  it('draws the 示例数据 stamp with its text in the middle of its box (paragraph indent not carried into it)', async () => {
    const page = await context.newPage();
    await page.goto(pathToFileURL(r.file).href);
    const gaps = await page.evaluate(() => {
      const label = document.querySelector('.sample-label');
      if (!label?.firstChild) return null;
      const box = label.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(label);
      const rects = [...range.getClientRects()];
      const left = Math.min(...rects.map((q) => q.left));
      const right = Math.max(...rects.map((q) => q.right));
      return { left: left - box.left, right: box.right - right };
    });
    if (!gaps) throw new Error('the sample report has no 示例数据 stamp');
    // Padding is the same on both sides; the letter spacing after the last character adds at most one em's fifth.
    expect(Math.abs(gaps.left - gaps.right)).toBeLessThan(5);
    await page.close();
  }, 120_000);
});
