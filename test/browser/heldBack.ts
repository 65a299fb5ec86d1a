// A page whose requests matching `pattern` are held back until `release()`:
// how the tests see the app before ECharts (firstScreen.test.ts) or DuckDB's
// wasm (earlyClick.test.ts) has arrived.
import type { BrowserContext, Page, Route } from 'playwright-core';

export interface HeldPage {
  page: Page;
  release: () => void;
}

export async function openHoldingBack(context: BrowserContext, url: string, pattern: RegExp): Promise<HeldPage> {
  const page = await context.newPage();
  const held: Route[] = [];
  let released = false;
  await page.route(pattern, async (route) => {
    if (released) await route.continue();
    else held.push(route);
  });
  await page.goto(url);
  const release = (): void => {
    released = true;
    for (const route of held.splice(0)) void route.continue();
  };
  return { page, release };
}
