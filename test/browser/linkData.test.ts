// A link copied while the user's own files were loaded cannot carry them:
// opened elsewhere it shows the built-in sample, and says so (naming the
// data it was copied on) until the same data are loaded. A link naming a
// quarter or region the data lack says what it shows instead.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { byTestId, loadFiles, waitForDashboard } from './dashboard';
import { TINY_DIR } from './importFixtures';

const browser = setupBrowser('link-data');

describe("a link copied on the user's own data", () => {
  it('names the data in the address; opened on the sample it says so, until the same data are loaded', async () => {
    const session = browser();
    const page = await session.open('?q=2024Q4');
    await waitForDashboard(page);
    expect(await byTestId(page, 'link-notes').count()).toBe(0);
    const tiny = (await readdir(TINY_DIR)).filter((f) => f.endsWith('.csv')).map((f) => join(TINY_DIR, f));
    await loadFiles(page, tiny);
    await expect.poll(() => byTestId(page, 'dataset-name').textContent(), { timeout: APP_TIMEOUT }).toMatch(/等 \d+ 个文件/);
    // Picked once, at once: the new data's first quarter may still be computing, with no view drawn yet (the pick was lost then).
    await byTestId(page, 'fund-select').selectOption('assistance');
    const name = (await byTestId(page, 'dataset-name').textContent()) ?? '';
    await expect.poll(() => new URL(page.url()).searchParams.get('data'), { timeout: APP_TIMEOUT }).toBe(name);
    expect(await byTestId(page, 'link-notes').count()).toBe(0);

    // The pick taken, and the data kept in the address beside it.
    await expect.poll(() => new URL(page.url()).searchParams.get('f'), { timeout: APP_TIMEOUT }).toBe('assistance');
    await expect.poll(() => byTestId(page, 'fund-select').inputValue(), { timeout: APP_TIMEOUT }).toBe('assistance');
    await expect.poll(() => byTestId(page, 'dashboard').getAttribute('data-fund').catch(() => null), { timeout: APP_TIMEOUT }).toBe('assistance');
    const link = page.url();
    expect(new URL(link).searchParams.get('data')).toBe(name);

    // Opened in a fresh browser: the sample, said not to be the sender's data.
    const other = await (await session.freshContext()).newPage();
    await other.goto(link);
    await waitForDashboard(other);
    const note = byTestId(other, 'link-note-data');
    await note.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    // Each name isolated (U+2068…U+2069): right-to-left text in it cannot reorder the sentence.
    expect(await note.textContent()).toContain(`“\u2068${name}\u2069”`);
    expect(await note.textContent()).toContain('“\u2068内置演示数据集\u2069”');
    expect(await byTestId(other, 'sample-badge').count()).toBe(1);
    // The same link on the big screen: the sample is said there too, as not the link's data.
    const screen = await (await session.freshContext()).newPage();
    await screen.goto(`${link}&screen=1`);
    await byTestId(screen, 'bs-sample').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await byTestId(screen, 'bs-sample').textContent()).toBe(`演示数据，不是链接所指的“\u2068${[...name].length > 16 ? `${[...name].slice(0, 16).join('')}…` : name}\u2069”`);

    // The same files loaded: the note goes, the address still names them.
    await loadFiles(other, tiny);
    await expect.poll(() => byTestId(other, 'dataset-name').textContent(), { timeout: APP_TIMEOUT }).toBe(name);
    await expect.poll(() => byTestId(other, 'link-notes').count(), { timeout: APP_TIMEOUT }).toBe(0);
    expect(new URL(other.url()).searchParams.get('data')).toBe(name);
  });

  it('a quarter and a region the data lack are said, with what is shown instead, in either language', async () => {
    const page = await browser().open('?q=2031Q1&r=159999&f=resident');
    await waitForDashboard(page);
    await expect.poll(() => byTestId(page, 'link-note-quarter').textContent(), { timeout: APP_TIMEOUT }).toBe('链接所指的季度“\u20682031Q1\u2069”不在当前数据中，显示的是2024年第4季度。');
    expect(await byTestId(page, 'link-note-region').textContent()).toBe('链接所指的地区（代码 \u2068159999\u2069）不在当前数据中，显示的是内蒙古自治区。');
    expect(await byTestId(page, 'link-note-data').count()).toBe(0);
    // Picking a quarter writes a quarter the data have: the note goes.
    await byTestId(page, 'quarter-select').selectOption('2024Q3');
    await expect.poll(() => byTestId(page, 'link-note-quarter').count(), { timeout: APP_TIMEOUT }).toBe(0);

    const en = await browser().open('?q=2031Q1&lang=en');
    await waitForDashboard(en);
    await expect.poll(() => byTestId(en, 'link-note-quarter').textContent(), { timeout: APP_TIMEOUT }).toBe('The quarter the link asks for, “\u20682031Q1\u2069”, is not in the data on screen; showing 2024 Q4.');
  });

  it('a name that would reverse the note or widen a phone is read plainly, inside the page', async () => {
    const session = browser();
    const page = await (await session.freshContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(new URL(`?q=2024Q4&data=%E2%80%AE${'L'.repeat(500)}exe`, session.baseUrl).href);
    await waitForDashboard(page);
    const note = byTestId(page, 'link-note-data');
    await note.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    const text = (await note.textContent()) ?? '';
    expect(text).not.toContain('\u202e');
    expect(text.startsWith('此链接是在载入数据“\u2068LLLL')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
