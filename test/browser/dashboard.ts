// How the tests read and drive the dashboard: only through the data-testid
// contract the UI publishes, never through its internals.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { APP_TIMEOUT } from './harness';

export const CHARTS = ['chart-coverage', 'chart-fund-trend', 'chart-months-payable'] as const;
export type ChartId = (typeof CHARTS)[number];

export const byTestId = (page: Page, id: string): Locator => page.locator(`[data-testid="${id}"]`);

export interface DashboardView {
  quarter: string;
  region: string;
  fund: string;
}

/** Waits until data is on screen and returns which view it is. */
export async function waitForDashboard(page: Page): Promise<DashboardView> {
  const root = byTestId(page, 'dashboard');
  await root.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
  return readView(page);
}

export async function readView(page: Page): Promise<DashboardView> {
  const root = byTestId(page, 'dashboard');
  return {
    quarter: (await root.getAttribute('data-quarter')) ?? '',
    region: (await root.getAttribute('data-region')) ?? '',
    fund: (await root.getAttribute('data-fund')) ?? '',
  };
}

/** Polls until the dashboard shows `want` (the UI updates asynchronously after a click). */
export async function waitForView(page: Page, want: Partial<DashboardView>): Promise<DashboardView> {
  await expect.poll(async () => ({ ...(await readView(page)) }), { timeout: APP_TIMEOUT }).toMatchObject(want);
  return readView(page);
}

export function urlParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

export async function waitForUrlParam(page: Page, name: string, value: string): Promise<void> {
  await expect.poll(() => urlParams(page).get(name), { timeout: APP_TIMEOUT }).toBe(value);
}

/** The `data-value` of a KPI, once it is present and non-empty. */
export async function kpiValue(page: Page, id: string): Promise<string> {
  const kpi = byTestId(page, id);
  await kpi.waitFor({ state: 'attached', timeout: APP_TIMEOUT });
  await expect.poll(async () => (await kpi.getAttribute('data-value')) ?? '', { timeout: APP_TIMEOUT }).not.toBe('');
  return (await kpi.getAttribute('data-value')) ?? '';
}

/** Polls a KPI until it equals `want` (values change after a quarter or region switch). */
export async function waitForKpi(page: Page, id: string, want: string): Promise<void> {
  await expect.poll(() => byTestId(page, id).getAttribute('data-value'), { timeout: APP_TIMEOUT }).toBe(want);
}

/**
 * A chart drawn by ECharts itself, so that it answers clicks and hovers: the
 * build-time picture shown before ECharts has loaded is drawn too
 * (data-state="ready") but is only a picture.
 */
export async function waitForChart(page: Page, id: ChartId): Promise<Locator> {
  const chart = page.locator(`[data-testid="${id}"][data-state="ready"]:not(:has(.chart-picture))`);
  await chart.waitFor({ state: 'attached', timeout: APP_TIMEOUT });
  return chart;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Page-coordinate boxes of the bars ECharts drew (SVG renderer). A bar is a
 * filled <path> with an area: axis lines and ticks are unfilled or one pixel
 * thin, and the background rect of the chart spans the whole chart.
 */
export async function barBoxes(chart: Locator): Promise<Box[]> {
  // Viewport coordinates, as page.mouse wants them: bring the chart on screen first.
  await chart.scrollIntoViewIfNeeded();
  return chart.evaluate((root) => {
    const svg = root.querySelector('svg');
    if (!svg) return [];
    const whole = svg.getBoundingClientRect();
    const boxes: { x: number; y: number; width: number; height: number }[] = [];
    for (const path of Array.from(svg.querySelectorAll('path'))) {
      const fill = path.getAttribute('fill') ?? getComputedStyle(path).fill;
      if (!fill || fill === 'none' || fill === 'transparent') continue;
      const r = path.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) continue;
      if (r.width > whole.width * 0.9 && r.height > whole.height * 0.9) continue;
      // A bar is a plain rectangle: its path is M, then straight L/H/V segments, Z.
      const d = path.getAttribute('d') ?? '';
      if (!/^M[\d.\-\s,]+(L[\d.\-\s,]+){3}Z$/i.test(d.trim())) continue;
      boxes.push({ x: r.x, y: r.y, width: r.width, height: r.height });
    }
    return boxes;
  });
}

/** Boxes come from barBoxes (viewport coordinates, chart scrolled into view). */
export async function clickCenter(page: Page, box: Box): Promise<void> {
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

export async function hoverCenter(page: Page, box: Box): Promise<void> {
  // Two moves: ECharts shows a tooltip on mousemove, not on the jump itself.
  await page.mouse.move(box.x + box.width / 2 - 1, box.y + box.height / 2 - 1);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
}

/** Loads files through the plain file input, as a user choosing several files would. */
export async function loadFiles(page: Page, paths: string[]): Promise<void> {
  await byTestId(page, 'load-files').setInputFiles(paths);
}

/**
 * Reads `read()` until `ok(value)` and returns that value. A timeout says what
 * it was waiting for and the last value it saw (the page's text and a
 * screenshot are saved by the harness when the test fails).
 */
export async function waitUntil<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeout = APP_TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (let pause = 25; ; pause = Math.min(pause * 2, 250)) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  throw new Error(`waited ${timeout / 1000} s for ${what}; last seen: ${JSON.stringify(last)?.slice(0, 500)}`);
}
