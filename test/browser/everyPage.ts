// Every page of the app, in either language, for the tests that judge all of
// them alike (layout.test.ts, a11y.test.ts). The list is the app's own page
// registry (src/app/view/route.ts PAGES, what PageTabs draws), so a page added
// there is checked without touching these tests. A page is "drawn" by what a
// reader sees: its heading, no "updating" or "opening" line, every chart drawn
// by ECharts (not the build-time picture), the report's preview with its title.
import type { Page } from 'playwright-core';
import type { Lang } from '../../src/domain/lang';
import { DEFAULT_ROUTE, PAGES, type PageId } from '../../src/app/view/route';
import { serializeLocation } from '../../src/app/view/route';
import { waitUntil } from './dashboard';

export { PAGES, type PageId };
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The sample's latest quarter, the province, the resident fund: the page with the most on it. */
export function pageAddress(page: PageId, lang: Lang): string {
  const view = { quarter: '2024Q4', regionCode: '150000', fund: 'resident' as const };
  return `${serializeLocation(view, { ...DEFAULT_ROUTE, page })}&lang=${lang}`;
}

interface Drawn {
  heading: string;
  waiting: string[];
  pictures: number;
  undrawnCharts: number;
  frame: string | null;
}

/** What the reader sees that says the page is not finished yet. */
async function readDrawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const visible = (el: Element) => (el as HTMLElement).checkVisibility?.({ visibilityProperty: true }) ?? true;
    const main = document.querySelector('main');
    const heading = main?.querySelector('h1');
    const waiting = [...document.querySelectorAll('[role="status"], .updating, .status')]
      .filter((el) => visible(el) && /正在|加载|Loading|Updating|Opening|Starting/i.test(el.textContent ?? ''))
      .map((el) => (el.textContent ?? '').trim().slice(0, 60));
    const charts = [...document.querySelectorAll('.chart')].filter(visible);
    const frame = document.querySelector<HTMLIFrameElement>('main iframe');
    return {
      heading: heading && visible(heading) ? (heading.textContent ?? '').trim() : '',
      waiting,
      pictures: charts.filter((c) => c.querySelector('.chart-picture')).length,
      undrawnCharts: charts.filter((c) => !c.querySelector('.chart-host svg text')).length,
      frame: frame ? (frame.contentDocument?.querySelector('h1')?.textContent ?? '') : null,
    };
  });
}

/** Opens `id` in `lang` and waits until it is drawn, then until two looks a frame apart see the same layout. */
export async function openDrawn(open: (path: string) => Promise<Page>, id: PageId, lang: Lang): Promise<Page> {
  const page = await open(pageAddress(id, lang));
  await waitForDrawn(page, `${id} (${lang})`);
  return page;
}

export async function waitForDrawn(page: Page, what: string): Promise<void> {
  await waitUntil(
    `${what} drawn`,
    () => readDrawn(page),
    (d) => d.heading !== '' && d.waiting.length === 0 && d.pictures === 0 && d.undrawnCharts === 0 && d.frame !== '',
  );
  await waitForStillLayout(page, what);
}

/** The page's text positions, twice, two animation frames apart, until they agree (charts resized, fonts in). */
export async function waitForStillLayout(page: Page, what: string): Promise<void> {
  const layout = () =>
    page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const read = () =>
            [...document.querySelectorAll('main h1, main h2, main h3, main svg text, main td, main th')]
              .slice(0, 400)
              .map((el) => {
                const r = el.getBoundingClientRect();
                return `${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)}`;
              })
              .join(';') + `|${document.documentElement.scrollHeight}`;
          const first = read();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(first === read() ? first : '')));
        }),
    );
  await waitUntil(`${what} layout to settle`, layout, (l) => l !== '');
}
