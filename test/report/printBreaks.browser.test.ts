// The report printed to A4 (Chromium's print, as the report page's 打印 button
// and Ctrl+P do) read page by page: no table's caption and header left at a
// page's foot with its rows on the next page, no page holding only a table's
// note or only its last row and total, and region names (and, in Chinese, fund
// names) on one line in every table, in Chinese and in English.
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_OPTIONS, connectChromium } from '../browser/harness';
import { sampleReport } from './sampleReport';
import { readPdf } from './printPdf';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await connectChromium();
  context = await browser.newContext({ ...CONTEXT_OPTIONS, viewport: { width: 1280, height: 900 } });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** Heads of the columns that hold a place's name; the fund's in Chinese only (English wraps it between words). */
const NAME_HEADS = { zh: ['地区', '盟市', '旗县', '所属', '基金'], en: ['Region', 'City', 'County', 'Part of'] };

/** Cells of the name columns (by their head's text) that the print layout draws on more than one line. */
async function brokenNames(page: Page, heads: readonly string[]): Promise<string[]> {
  return page.evaluate((names) => {
    const broken: string[] = [];
    for (const table of document.querySelectorAll('main table')) {
      const columns = [...table.querySelectorAll('thead th')].flatMap((th, i) => (names.includes((th.textContent ?? '').trim()) ? [i] : []));
      for (const row of table.querySelectorAll('tbody tr')) {
        for (const i of columns) {
          const td = row.children[i];
          if (!td?.firstChild) continue;
          const range = document.createRange();
          range.selectNodeContents(td);
          const lines = new Set([...range.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top)));
          if (lines.size > 1) broken.push(`${table.id || (table.querySelector('caption')?.textContent ?? '?')}: ${td.textContent ?? ''}`);
        }
      }
    }
    return broken;
  }, heads);
}

describe('the printed report keeps tables with their captions, headers and notes, and names on one line', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: no caption and header alone at a page foot, no page of a note or a last row alone, no region name broken`, async () => {
      const r = await sampleReport('2024Q4', ...(lang === 'en' ? ['--lang', 'en'] : []));
      const page = await context.newPage();
      await page.goto(pathToFileURL(r.file).href);
      const heads = await page.evaluate(() => [...document.querySelectorAll('main table')].map((t) => [...t.querySelectorAll('thead th')].map((th) => th.textContent ?? '').join('')));
      const notes = await page.evaluate(() => [...document.querySelectorAll('main p.note')].map((p) => p.textContent ?? ''));
      expect(heads.length).toBeGreaterThan(10);
      expect(notes.length).toBeGreaterThan(0);

      // The A4 column laid out for print.
      await page.setViewportSize({ width: Math.floor((178 / 25.4) * 96), height: 1000 });
      await page.emulateMedia({ media: 'print' });
      // Where the breaks fall depends on everything above them: the rules that keep a table together are checked
      // on every table, not only where this sample's pages happen to break.
      const loose = await page.evaluate(() => {
        const found: string[] = [];
        for (const table of document.querySelectorAll('main table')) {
          const name = table.id || (table.querySelector('caption')?.textContent ?? '?');
          const head = table.querySelector('thead');
          if (head && getComputedStyle(head).breakAfter !== 'avoid') found.push(`${name}: header may end a page`);
          const rows = [...table.querySelectorAll('tbody tr')];
          if (rows[0] && getComputedStyle(rows[0]).breakBefore !== 'avoid') found.push(`${name}: header may part from its first row`);
          const lastRow = rows[rows.length - 1];
          if (rows.length > 1 && lastRow && getComputedStyle(lastRow).breakBefore !== 'avoid') found.push(`${name}: last row may stand alone`);
          const wrap = table.closest('.table-wrap');
          if (rows.length <= 8 && wrap && getComputedStyle(wrap).breakInside !== 'avoid') found.push(`${name}: ${rows.length} rows may break`);
          const after = wrap?.nextElementSibling;
          if (after?.matches('p.note') && getComputedStyle(after).breakBefore !== 'avoid') found.push(`${name}: note may leave its table`);
        }
        return found;
      });
      expect.soft(loose).toEqual([]);
      // A name kept whole never pushes its table past the paper.
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('main table')].filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((t) => t.id || '?'),
      );
      expect.soft(wide).toEqual([]);

      const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }), 30, process.env.FUNDWATCH_PDF_PAGES);
      const isHead = (line: string): boolean => heads.some((h) => squeeze(h) === squeeze(line));
      const inNote = (line: string): boolean => notes.some((n) => squeeze(n).includes(squeeze(line)));
      pages.forEach((p, i) => {
        const lines = p.text.split('\n').map((l) => l.trim()).filter(Boolean);
        // Less the running header (not on the first page) and the page counter.
        const body = lines.slice(i === 0 ? 0 : 1, -1);
        const where = `page ${i + 1} of ${pages.length}: ${body.slice(-3).join(' / ')}`;
        expect.soft(body.length, where).toBeGreaterThan(0);
        // A header (one line, or two of a wrapped English head) as the page's last words: its rows are all overleaf.
        const last = body[body.length - 1] ?? '';
        const lastTwo = body.slice(-2).join('');
        expect.soft(isHead(last) || isHead(lastTwo), `a table header ends ${where}`).toBe(false);
        // A page holding a table's note alone.
        expect.soft(body.every(inNote), `only a note on ${where}`).toBe(false);
        // A page holding a continued table's header and its last row or two (a total), nothing else.
        expect.soft(body.length <= 3 && isHead(body[0] ?? ''), `a header and ${body.length - 1} row(s) alone on ${where}`).toBe(false);
      });
      // Every name on one line.
      expect.soft(await brokenNames(page, NAME_HEADS[lang])).toEqual([]);
      await page.close();
    }, 180_000);
  }
});
