// When a browser test fails, what the page showed is kept: a screenshot and
// the page's text, under test-results/ (ignored by git), named in the failure.
// A timeout that says "waited for X" then comes with the page as it was.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const ARTEFACT_DIR = join(REPO, 'test-results', 'browser');

const slug = (text: string): string =>
  text
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

/** Saves each page's screenshot and text; returns a message naming the files. */
export async function saveFailureArtefacts(fileName: string, testName: string, pages: readonly Page[]): Promise<string> {
  const dir = join(ARTEFACT_DIR, slug(fileName));
  await mkdir(dir, { recursive: true });
  const saved: string[] = [];
  let excerpt = '';
  for (const [i, page] of pages.entries()) {
    if (page.isClosed()) continue;
    const base = join(dir, `${slug(testName)}${pages.length > 1 ? `-${i + 1}` : ''}`);
    const text = await page
      .evaluate(() => document.body?.innerText ?? '')
      .catch((e: unknown) => `(page text unavailable: ${e instanceof Error ? e.message : String(e)})`);
    await writeFile(`${base}.txt`, `${page.url()}\n\n${text}\n`);
    saved.push(relative(REPO, `${base}.txt`));
    const shot = await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 15_000 }).then(
      () => true,
      () => false,
    );
    if (shot) saved.push(relative(REPO, `${base}.png`));
    if (!excerpt) excerpt = text.replace(/\s+/g, ' ').trim().slice(0, 400);
  }
  if (saved.length === 0) return 'no page was open when the test failed';
  return `what the page showed is saved in ${saved.join(', ')}\npage text begins: ${excerpt}`;
}
