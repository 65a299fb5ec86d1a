// Accessibility audit of every page in both languages (issue #16): axe-core,
// read from node_modules and run in the page through the DevTools protocol (no
// network: the harness fails any request to another origin; not a <script>
// tag either, which the app's Content-Security-Policy rightly refuses and the
// harness would count as a violation), on the drawn page.
// No serious or critical violation; every chart has a text alternative that
// states its key figures (its aria-label carries digits) or sits in a card
// whose data table is in the page.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { LANGS, PAGES, openDrawn } from './everyPage';

const browser = setupBrowser('a11y');
let axeSource = '';

beforeAll(async () => {
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

async function audit(page: Page): Promise<Violation[]> {
  await page.evaluate(`${axeSource}\n;true`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${(n.failureSummary ?? '').split('\n').slice(1, 2).join(' ').trim()}`),
    }));
  });
}

/** Charts without a text alternative: an aria-label with a figure in it, or a data table in the chart's card. */
async function chartsWithoutText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.chart')].flatMap((chart) => {
      const label = chart.getAttribute('aria-label') ?? '';
      const table = chart.closest('.card')?.querySelector('table');
      return /\d/.test(label) || table ? [] : [`${chart.getAttribute('data-testid') ?? '?'}: "${label}"`];
    }),
  );
}

describe('axe-core on every page, in Chinese and English', () => {
  for (const pageId of PAGES) {
    for (const lang of LANGS) {
      it(`${pageId} (${lang}): no serious or critical violation, charts with a text alternative`, async () => {
        const page = await openDrawn((path) => browser().open(path), pageId, lang);
        const violations = await audit(page);
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
        expect(await chartsWithoutText(page)).toEqual([]);
      }, APP_TIMEOUT * 2);
    }
  }
});
