// A DataTable rendered to static markup as a reader sees it: the heads and
// each row's cell texts (tags dropped), for comparing a table on screen with
// its export.
import { renderToStaticMarkup } from 'react-dom/server';
import { vi } from 'vitest';
import { DataTable } from '../../../src/app/components/DataTable';
import { LangProvider } from '../../../src/app/i18n/LangProvider';
import type { TableSpec } from '../../../src/app/view/table';
import type { Lang } from '../../../src/domain/lang';

/** The entities React's static markup writes in text. */
const ENTITIES: Record<string, string> = { quot: '"', '#x27': "'", lt: '<', gt: '>', amp: '&' };

export function screenTable<R>(spec: TableSpec<R>, lang: Lang): { heads: string[]; rows: string[][]; totals: string[][]; html: string } {
  vi.stubGlobal('window', { location: { search: lang === 'en' ? '?lang=en' : '' }, localStorage: { getItem: () => null } });
  const html = renderToStaticMarkup(
    <LangProvider>
      <DataTable spec={spec} />
    </LangProvider>,
  );
  const cells = (row: string): string[] => [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&(quot|#x27|lt|gt|amp);/g, (_, e: string) => ENTITIES[e] ?? ''));
  const part = (tag: string): string => new RegExp(`<${tag}>(.*?)</${tag}>`).exec(html)?.[1] ?? '';
  const rowsOf = (markup: string) => [...markup.matchAll(/<tr([^>]*)>(.*?)<\/tr>/g)].map((m) => ({ total: /class="[^"]*\brow-total\b/.test(m[1]!), cells: cells(m[2]!) }));
  const body = rowsOf(part('tbody'));
  return {
    heads: rowsOf(part('thead'))[0]?.cells ?? [],
    rows: body.map((r) => r.cells),
    // The rows drawn as totals (class row-total).
    totals: body.filter((r) => r.total).map((r) => r.cells),
    html,
  };
}
