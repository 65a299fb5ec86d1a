// axe-core, read from node_modules and run in the page through the DevTools
// protocol (no network: the harness fails any request to another origin; not
// a <script> tag either, which the app's Content-Security-Policy rightly
// refuses and the harness would count as a violation), and the charts'
// text alternatives: an aria-label that states figures, or a data table in
// the chart's card. Used by everyPage.test.ts.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

let axeSource: Promise<string> | null = null;

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export async function audit(page: Page): Promise<Violation[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(`${await axeSource}\n;true`);
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
export async function chartsWithoutText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.chart')].flatMap((chart) => {
      const label = chart.getAttribute('aria-label') ?? '';
      const table = chart.closest('.card')?.querySelector('table');
      return /\d/.test(label) || table ? [] : [`${chart.getAttribute('data-testid') ?? '?'}: "${label}"`];
    }),
  );
}

