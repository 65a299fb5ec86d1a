// 大屏 on a phone held upright (390 × 844, stop 33's presenter walk): the 1920 × 1080 stage scaled to
// fit was a 390 × 219 strip with 4 px text and three quarters of the screen empty. Now its panels
// stand one under another at their own sizes: a line says the screen is made for a wide screen
// (turn the phone or open it on a computer), the four KPIs are stacked, no text is under 16 px,
// nothing runs past the phone's width, and the page scrolls down to the alerts. Turned sideways
// (844 × 390) the phone gets the whole stage again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { byTestId } from './dashboard';

const browser = setupBrowser('bigScreenPhone');

async function openPhone(width: number, height: number, query = ''): Promise<Page> {
  const context = await browser().freshContext({ viewport: { width, height }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(new URL(`?q=2024Q4&screen=1${query}`, browser().baseUrl).href);
  await page.locator('[data-testid="bs-tiles"][data-state="ready"] .chart-host svg').waitFor({ timeout: APP_TIMEOUT });
  return page;
}

/** Every text of the big screen outside the tile map's picture: its size as drawn (the stage's scale applied) and its box. */
function measure(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('[data-testid="bs-stage"]') as HTMLElement;
    const scale = stage.getBoundingClientRect().width / stage.offsetWidth;
    const small: string[] = [];
    const outside: string[] = [];
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('svg') || el.getClientRects().length === 0) continue;
      const size = Number(getComputedStyle(el).fontSize.replace('px', '')) * scale;
      if (size < 16) small.push(`${text} ${size.toFixed(1)}px`);
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of Array.from(range.getClientRects())) if (r.left < -0.5 || r.right > window.innerWidth + 0.5) outside.push(`${text} ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    const kpis = [...document.querySelectorAll<HTMLElement>('.bs-kpi')].map((k) => {
      const r = k.getBoundingClientRect();
      return { left: Math.round(r.left), top: r.top, bottom: r.bottom, width: Math.round(r.width) };
    });
    const screen = document.querySelector<HTMLElement>('[data-testid="bigscreen"]') as HTMLElement;
    return { small, outside, kpis, stageWidth: Math.round(stage.getBoundingClientRect().width), scrolls: screen.scrollHeight > screen.clientHeight, sideways: screen.scrollWidth - screen.clientWidth };
  });
}

describe('big screen on a phone', () => {
  it('390 × 844, Chinese: a line to turn the phone, KPIs stacked, text ≥ 16 px, nothing past the width, scrolls to the alerts', async () => {
    const page = await openPhone(390, 844);
    const m = await measure(page);
    expect(m.stageWidth).toBe(390);
    expect(m.small, 'text under 16 px').toEqual([]);
    await expect(byTestId(page, 'bs-narrow-note').innerText()).resolves.toBe('大屏为宽屏设计：横置手机或在电脑上打开可看全貌。');
    expect(m.outside, 'text past the phone’s width').toEqual([]);
    expect(m.sideways).toBeLessThanOrEqual(0);
    // Four KPI cards, one under another, each the column's width.
    expect(m.kpis).toHaveLength(4);
    expect(new Set(m.kpis.map((k) => k.left)).size).toBe(1);
    for (let i = 1; i < m.kpis.length; i++) expect(m.kpis[i]?.top).toBeGreaterThanOrEqual(m.kpis[i - 1]?.bottom ?? Infinity);
    for (const k of m.kpis) expect(k.width).toBeGreaterThan(300);
    expect(m.scrolls).toBe(true);
    await byTestId(page, 'bs-alerts').scrollIntoViewIfNeeded();
    await expect(byTestId(page, 'bs-alerts').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: '/work/screens/bigscreen-phone-390-zh.png' }).catch(() => undefined);
  });

  it('390 × 844, English: the same line in English, no Chinese in it, text ≥ 16 px, nothing past the width', async () => {
    const page = await openPhone(390, 844, '&lang=en');
    const m = await measure(page);
    expect(m.small, 'text under 16 px').toEqual([]);
    expect(m.outside, 'text past the phone’s width').toEqual([]);
    const note = await byTestId(page, 'bs-narrow-note').innerText();
    expect(note).not.toMatch(/[\u4e00-\u9fff]/);
    expect(note).toBe('Made for a wide screen: turn the phone or use a computer to see it whole.');
  });

  it('844 × 390 (turned): the whole stage, scaled, without the line', async () => {
    const page = await openPhone(844, 390);
    await expect(byTestId(page, 'bs-narrow-note').count()).resolves.toBe(0);
    const m = await measure(page);
    // min(844 / 1920, 390 / 1080) = 0.361: the stage is 1920 × 0.361 = 693 px wide.
    expect(m.stageWidth).toBe(Math.round(1920 * Math.min(844 / 1920, 390 / 1080)));
  });
});
