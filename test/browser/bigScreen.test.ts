// 大屏 big-screen mode at 1920 × 1080 and 1280 × 720: the stage fills the
// window without scrolling, no two texts overlap, every tile's label sits in
// its tile, all text reads at ≥ 4.5:1 against what is behind it (from the
// computed styles), sizes are what the back of a room needs, a tile click
// drills down, and Esc leaves. Screenshots go to /work/screens for review.
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { byTestId } from './dashboard';

const browser = setupBrowser('bigScreen');
const SCREENS = '/work/screens';
const CITY = '150900'; // 乌兰察布市

async function openScreen(width: number, height: number, query = ''): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser().freshContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(new URL(`?screen=1${query}`, browser().baseUrl).href);
  await ready(page);
  return { page, context };
}

/** The stage drawn by ECharts (not a picture) and the comparisons computed by the engine. */
async function ready(page: Page): Promise<void> {
  await page.locator('[data-testid="bs-tiles"][data-state="ready"] .chart-host svg').waitFor({ timeout: APP_TIMEOUT });
  await expect
    .poll(() => byTestId(page, 'bs-kpi-coverage').textContent(), { timeout: APP_TIMEOUT })
    .not.toMatch(/—|计算中|computing/);
}

interface Measured {
  scroll: { w: number; h: number; vw: number; vh: number };
  overlaps: string[];
  outside: string[];
  lowContrast: string[];
  small: string[];
  labelsOutsideTiles: string[];
  tiles: number;
  texts: number;
}

/** Everything measured in the page, from layout boxes and computed styles. */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    type Rect = { left: number; top: number; right: number; bottom: number };
    const parse = (c: string): [number, number, number, number] | null => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) {
        const h = c.match(/^#([0-9a-f]{6})$/i);
        if (!h) return null;
        const n = parseInt(h[1] as string, 16);
        return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
      }
      const parts = (m[1] as string).split(/[ ,/]+/).filter(Boolean).map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const lum = ([r, g, b]: number[]): number => {
      const ch = (v: number) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r ?? 0) + 0.7152 * ch(g ?? 0) + 0.0722 * ch(b ?? 0);
    };
    const ratio = (a: number[], b: number[]): number => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    /** The first opaque background at or above `el` (the page behind the stage at the end). */
    const backgroundOf = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0.99) return c;
      }
      return [255, 255, 255, 1];
    };
    const intersect = (a: Rect, b: Rect): Rect => ({
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    });
    /** What of `r` is visible through every clipping ancestor. */
    const clipped = (el: Element, r: Rect): Rect => {
      let out = r;
      for (let e = el.parentElement; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.overflow !== 'visible' || s.overflowX !== 'visible' || s.overflowY !== 'visible') out = intersect(out, e.getBoundingClientRect());
      }
      return out;
    };
    const px = (size: string): number => Number(size.replace(/px$/, '')) || 0;
    const area = (r: Rect) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);
    const stage = document.querySelector('[data-testid="bigscreen"]');
    if (!stage) throw new Error('no big screen');
    const scale = (document.querySelector('[data-testid="bs-stage"]') as HTMLElement).getBoundingClientRect().width / 1920;

    const boxes: { text: string; rect: Rect }[] = [];
    const outside: string[] = [];
    const lowContrast: string[] = [];
    const small: string[] = [];
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('svg')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of Array.from(range.getClientRects())) {
        const rect = clipped(el, { left: r.left, top: r.top, right: r.right, bottom: r.bottom });
        if (area(rect) > 0) boxes.push({ text, rect });
      }
      // Each text stays inside its own card or panel, never running under the next one.
      const card = el.closest('.bs-kpi, .bs-panel, .bs-head');
      if (card) {
        const c = card.getBoundingClientRect();
        const r = range.getBoundingClientRect();
        const visible = clipped(el, { left: r.left, top: r.top, right: r.right, bottom: r.bottom });
        if (visible.left < c.left - 0.5 || visible.right > c.right + 0.5 || visible.top < c.top - 0.5 || visible.bottom > c.bottom + 0.5) outside.push(`${text} (outside its card)`);
      }
      const fg = parse(style.color) ?? [0, 0, 0, 1];
      const cr = ratio(fg, backgroundOf(el));
      if (cr < 4.5) lowContrast.push(`${text} ${cr.toFixed(2)} (${style.color} on ${getComputedStyle(el).backgroundColor})`);
      if (px(style.fontSize) < 20) small.push(`${text} ${style.fontSize}`);
    }

    // The tile map: tiles are the filled paths smaller than the chart, labels the svg texts.
    const svg = document.querySelector('[data-testid="bs-tiles"] .chart-host svg') as SVGSVGElement;
    const svgRect = svg.getBoundingClientRect();
    const tiles = Array.from(svg.querySelectorAll('path'))
      .filter((p) => {
        const fill = p.getAttribute('fill');
        const r = p.getBoundingClientRect();
        return fill !== null && fill !== 'none' && !fill.startsWith('transparent') && r.width < svgRect.width * 0.9 && r.width > 20;
      })
      .map((p) => ({ rect: p.getBoundingClientRect(), fill: p.getAttribute('fill') as string }));
    const labelsOutsideTiles: string[] = [];
    const labels = Array.from(svg.querySelectorAll('text'));
    for (const label of labels) {
      const text = label.textContent ?? '';
      const r = label.getBoundingClientRect();
      const cx = (r.left + r.right) / 2;
      const cy = (r.top + r.bottom) / 2;
      const tile = tiles.find((t) => cx > t.rect.left && cx < t.rect.right && cy > t.rect.top && cy < t.rect.bottom);
      if (!tile || r.left < tile.rect.left || r.right > tile.rect.right || r.top < tile.rect.top || r.bottom > tile.rect.bottom) {
        labelsOutsideTiles.push(text);
        continue;
      }
      boxes.push({ text, rect: r });
      const fg = parse(label.getAttribute('fill') ?? '') ?? [0, 0, 0, 1];
      const cr = ratio(fg, parse(tile.fill) ?? [0, 0, 0, 1]);
      if (cr < 4.5) lowContrast.push(`tile ${text} ${cr.toFixed(2)}`);
      const size = px(getComputedStyle(label).fontSize) || px((label.getAttribute('style') ?? '').match(/(\d+px)/)?.[1] ?? '0');
      if (size < 20) small.push(`tile ${text} ${size}`);
    }

    const overlaps: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const tolerance = 1 * scale;
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i] as { text: string; rect: Rect };
      if (a.rect.left < -0.5 || a.rect.top < -0.5 || a.rect.right > vw + 0.5 || a.rect.bottom > vh + 0.5) outside.push(a.text);
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j] as { text: string; rect: Rect };
        const o = intersect(a.rect, b.rect);
        if (o.right - o.left > tolerance && o.bottom - o.top > tolerance) overlaps.push(`${a.text} × ${b.text}`);
      }
    }
    const root = document.documentElement;
    return {
      scroll: { w: root.scrollWidth, h: root.scrollHeight, vw, vh },
      overlaps,
      outside,
      lowContrast,
      small,
      labelsOutsideTiles,
      tiles: tiles.length,
      texts: boxes.length,
    };
  });
}

function expectClean(m: Measured): void {
  expect(m.scroll.w).toBeLessThanOrEqual(m.scroll.vw);
  expect(m.scroll.h).toBeLessThanOrEqual(m.scroll.vh);
  expect(m.tiles).toBeGreaterThan(0);
  expect(m.texts).toBeGreaterThan(20);
  expect(m.overlaps, 'text boxes that overlap').toEqual([]);
  expect(m.outside, 'text outside the window').toEqual([]);
  expect(m.labelsOutsideTiles, 'tile labels outside their tile').toEqual([]);
  expect(m.lowContrast, 'text below 4.5:1').toEqual([]);
}

describe('big screen', () => {
  it('1920 × 1080, Chinese: fills the window, readable, no overlap; KPI figures ≥ 48 px; Esc leaves', async () => {
    const { page } = await openScreen(1920, 1080);
    const m = await measure(page);
    expectClean(m);
    expect(m.small, 'text under 20 px at 1080p').toEqual([]);
    const kpiSize = await page.locator('.bs-kpi-value').first().evaluate((el) => Number(getComputedStyle(el).fontSize.replace(/px$/, '')));
    expect(kpiSize).toBeGreaterThanOrEqual(48);
    expect(await byTestId(page, 'bs-as-of').textContent()).toMatch(/数据截至 \d{4}-\d{2}-\d{2}/);
    expect(await byTestId(page, 'bs-kpi-coverage').textContent()).toMatch(/较上季.*较上年同期/);
    mkdirSync(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}/bigscreen-1920-zh.png` });
    await page.keyboard.press('Escape');
    await byTestId(page, 'dashboard').waitFor({ timeout: APP_TIMEOUT });
    expect(new URL(page.url()).searchParams.get('screen')).toBeNull();
  });

  it('1920 × 1080, English', async () => {
    const { page } = await openScreen(1920, 1080, '&lang=en');
    const m = await measure(page);
    expectClean(m);
    expect(m.small, 'text under 20 px at 1080p').toEqual([]);
    expect(await byTestId(page, 'bs-as-of').textContent()).toMatch(/Data as of/);
    await page.screenshot({ path: `${SCREENS}/bigscreen-1920-en.png` });
  });

  it('1920 × 1080, English, a city whose assistance fund is overdrawn: the word and its computed figure stay in the card', async () => {
    // 乌兰察布市's assistance fund: accumulated balance −565.07万元, months payable −0.60 (data/README.md's deficit city).
    const { page } = await openScreen(1920, 1080, `&lang=en&r=${CITY}&f=assistance`);
    expect(await byTestId(page, 'bs-kpi-months').locator('.bs-kpi-value').textContent()).toBe('overdrawn');
    expect(await byTestId(page, 'bs-kpi-months-note').textContent()).toBe('computed -0.6 mo');
    const m = await measure(page);
    expectClean(m);
    expect(m.small, 'text under 20 px at 1080p').toEqual([]);
  });

  it('1280 × 720: the same stage scaled, nothing scrolls or overlaps; a tile click drills into the city', async () => {
    const { page } = await openScreen(1280, 720);
    expectClean(await measure(page));
    const tile = page.locator('[data-testid="bs-tiles"] .chart-host svg text', { hasText: '乌兰察布市' }).first();
    const box = await tile.boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => byTestId(page, 'bigscreen').getAttribute('data-region'), { timeout: APP_TIMEOUT }).toBe(CITY);
    expect(new URL(page.url()).searchParams.get('r')).toBe(CITY);
    expect(new URL(page.url()).searchParams.get('screen')).toBe('1');
    await page.locator('[data-testid="bs-tiles"][data-state="ready"]').waitFor({ timeout: APP_TIMEOUT });
    expectClean(await measure(page));
  });

  it('1920 × 1080 drilled into a city: its counties as tiles', async () => {
    const { page } = await openScreen(1920, 1080, `&r=${CITY}`);
    const m = await measure(page);
    expectClean(m);
    expect(m.small, 'text under 20 px at 1080p').toEqual([]);
    expect(await byTestId(page, 'bs-region').textContent()).toContain('乌兰察布市');
    await page.screenshot({ path: `${SCREENS}/bigscreen-1920-zh-city-${CITY}.png` });
  });

  it('3840 × 2160: the stage scaled twice, still fitting', async () => {
    const { page } = await openScreen(3840, 2160);
    expectClean(await measure(page));
    const width = await byTestId(page, 'bs-stage').evaluate((el) => el.getBoundingClientRect().width);
    expect(Math.round(width)).toBe(3840);
  });

  it('the overview’s tile map panel drills down like a bar', async () => {
    const context = await browser().freshContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(browser().baseUrl);
    const card = byTestId(page, 'chart-tiles');
    await page.locator('[data-testid="chart-tiles"][data-state="ready"] .chart-host svg').waitFor({ timeout: APP_TIMEOUT });
    await card.scrollIntoViewIfNeeded();
    await page.locator('.card-tiles').screenshot({ path: `${SCREENS}/overview-tiles-zh.png` });
    const tile = card.locator('.chart-host svg text', { hasText: '乌兰察布市' }).first();
    const box = await tile.boundingBox();
    if (!box) throw new Error('no 乌兰察布市 tile');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => byTestId(page, 'dashboard').getAttribute('data-region'), { timeout: APP_TIMEOUT }).toBe(CITY);
  });

  it('opens from the header button and the tour stops on a key', async () => {
    const page = await browser().open();
    await byTestId(page, 'bigscreen-button').click();
    await byTestId(page, 'bigscreen').waitFor({ timeout: APP_TIMEOUT });
    expect(new URL(page.url()).searchParams.get('screen')).toBe('1');
    await byTestId(page, 'bs-tour').click();
    await byTestId(page, 'bs-touring').waitFor();
    await page.keyboard.press('ArrowDown');
    await byTestId(page, 'bs-tour').waitFor();
  });
});
