// What the English page may still show in Chinese: only the data. These
// helpers collect what a reader sees (text, placeholders, hover titles,
// chart text), take out the data's own words, and return whatever Chinese
// is left, with some context so a failure says where it is.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { byTestId } from './dashboard';
import { readRegions, splitCsvLine } from './regionsCsv';

/**
 * Han characters and CJK punctuation (、。「」〔〕（）：，…). U+3000, the
 * ideographic space, is left out on purpose: the alerts page indents region
 * options with it, and it is whitespace, not words.
 */
export const CHINESE = /[\u3001-\u303f\u3400-\u9fff\uff00-\uffef]/;
const CHINESE_ALL = new RegExp(CHINESE.source, 'g');

/**
 * The words of a dataset that the page shows as loaded in either language:
 * region names (regions.csv) and transfer document numbers such as
 * 内财社〔2024〕224号 (transfers.csv), which alerts about transfers quote.
 * Longest first, so a name that contains another is taken out whole.
 */
export async function dataWords(dataDir: string): Promise<string[]> {
  const names = [...(await readRegions(dataDir)).values()].map((r) => r.name);
  const ids: string[] = [];
  try {
    const text = (await readFile(join(dataDir, 'transfers.csv'), 'utf8')).replace(/^\ufeff/, '');
    const [header = '', ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    const cols = splitCsvLine(header);
    for (const line of lines) {
      const cells = splitCsvLine(line);
      for (const col of ['transfer_id', 'source_transfer_id']) ids.push(cells[cols.indexOf(col)]?.trim() ?? '');
    }
  } catch {
    // A dataset without transfers quotes no document numbers.
  }
  return [...new Set([...names, ...ids])].filter((w) => w !== '').sort((a, b) => b.length - a.length);
}

/**
 * Everything a reader of the page sees: the window's title (the browser's
 * tab), the rendered text (options of a select included), placeholders,
 * hover titles and chart text. The language
 * switch is left out: it names Chinese in Chinese (中文), as language pickers do.
 */
export function shownText(page: Page | Frame): Promise<string> {
  return page.evaluate(() => {
    const langSwitch = document.querySelector<HTMLElement>('[data-testid="lang-switch"]');
    const display = langSwitch?.style.display ?? '';
    if (langSwitch) langSwitch.style.display = 'none';
    const parts = [document.title, document.body.innerText];
    if (langSwitch) langSwitch.style.display = display;
    for (const el of document.querySelectorAll('[placeholder], [title]')) {
      parts.push(el.getAttribute('placeholder') ?? '', el.getAttribute('title') ?? '');
    }
    for (const svg of document.querySelectorAll('svg')) parts.push(svg.textContent ?? '');
    return parts.join('\n');
  });
}

/** The Chinese left once the data's words are out, each with a little context; [] when there is none. */
export function chineseLeft(text: string, words: readonly string[]): string[] {
  let rest = text;
  for (const w of words) rest = rest.split(w).join('');
  return [...rest.matchAll(CHINESE_ALL)].map((m) => rest.slice(Math.max(0, m.index - 30), m.index + 30).replace(/\s+/g, ' '));
}

/** Fails with the offending snippets when the page (or frame) shows Chinese of its own. */
export async function expectNoChinese(page: Page | Frame, words: readonly string[]): Promise<void> {
  expect(chineseLeft(await shownText(page), words).slice(0, 10)).toEqual([]);
}

/** Clicks 中文 or English in the header and waits until it is pressed. */
export async function switchTo(page: Page, lang: 'zh' | 'en'): Promise<void> {
  const button = byTestId(page, 'lang-switch').locator(`button[data-lang="${lang}"]`);
  await button.click();
  await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: 5000 }).toBe('true');
}
