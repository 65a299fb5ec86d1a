// Every page holds its layout (issue #16, item 5): at a phone (390 × 844) and
// a desktop (1440 × 900) window, and laid out for A4 print, in Chinese and in
// English, on the sample:
// - no two texts overlap (HTML text by its line boxes through Range, chart
//   text by its SVG boxes; 1 px of tolerance; pieces of one element ignored),
// - no element runs out of a container that does not scroll (a wide table in
//   its own horizontally scrolling container is fine; one that pushes past its
//   card, or is cut by an overflow: hidden box, is not),
// - the page itself never scrolls sideways.
// And every page passes an axe-core audit (no serious or critical violation)
// with a text alternative for each chart (axeAudit.ts).
// Pages come from the app's registry (everyPage.ts), so new pages are covered;
// one test per language opens the app once and walks every page through its
// tab, as a reader would (a fresh load per page cost a DuckDB start each).
// A page × width × language that fails is saved as test-results/screens/
// <page>-<width|print>-<lang>.png (ignored by git) and named in the failure;
// FUNDWATCH_SCREENS=1 saves every one (to look the whole app over).
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { ARTEFACT_DIR } from './failureArtefacts';
import { audit, chartsWithoutText } from './axeAudit';
import { byTestId } from './dashboard';
import { LANGS, PAGES, openDrawn, waitForDrawn, waitForStillLayout } from './everyPage';

const browser = setupBrowser('every-page');
export const SCREEN_DIR = join(ARTEFACT_DIR, '..', 'screens');

/** The two windows of the issue, and the A4 column for print (210 mm less 2 × 16 mm of margin at 96 px per inch). */
const SIZES = [
  { name: '1440', width: 1440, height: 900, print: false },
  { name: '390', width: 390, height: 844, print: false },
  { name: 'print', width: Math.floor((178 / 25.4) * 96), height: 1000, print: true },
] as const;

interface Findings {
  overlaps: string[];
  clipped: string[];
  scroll: string | null;
  texts: number;
}

/** Runs in the page: every check of the file on what is laid out now. */
function measure(): Findings {
  interface Rect {
    left: number;
    top: number;
    right: number;
    bottom: number;
  }
  const TOL = 1;
  const intersect = (a: Rect, b: Rect): Rect => ({
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  });
  const scrollsOrClips = (s: CSSStyleDeclaration) => s.overflowX !== 'visible' || s.overflowY !== 'visible';
  const coveredTops = new Map<Element, number>();
  /**
   * The bottom of what sticks to the top of the scrolling box `e` (a table's
   * head, `position: sticky` on an opaque background): rows scrolled under it
   * are hidden by it, not overlapping it.
   */
  const coveredTop = (e: Element): number => {
    let bottom = coveredTops.get(e);
    if (bottom === undefined) {
      const top = e.getBoundingClientRect().top;
      bottom = top;
      for (const x of Array.from(e.querySelectorAll('*'))) {
        if (getComputedStyle(x).position !== 'sticky') continue;
        const r = x.getBoundingClientRect();
        if (Math.abs(r.top - top) <= 2 * TOL) bottom = Math.max(bottom, r.bottom);
      }
      coveredTops.set(e, bottom);
    }
    return bottom;
  };
  const stuck = (el: Element, within: Element): boolean => {
    for (let x: Element | null = el; x && x !== within; x = x.parentElement) if (getComputedStyle(x).position === 'sticky') return true;
    return false;
  };
  /** What of `r` shows through every ancestor that clips or scrolls (below what sticks to a scrolling box's top). */
  const visiblePart = (el: Element, r: Rect): Rect => {
    let out = r;
    for (let e = el.parentElement; e && e !== document.documentElement; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (!scrollsOrClips(s)) continue;
      out = intersect(out, e.getBoundingClientRect());
      if ((s.overflowY === 'auto' || s.overflowY === 'scroll') && !stuck(el, e)) out = { ...out, top: Math.max(out.top, coveredTop(e)) };
    }
    return out;
  };
  const shown = (el: Element) => (el as HTMLElement).checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true;
  const name = (el: Element): string => {
    const id = el.closest('[data-testid]')?.getAttribute('data-testid');
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${cls}${id ? ` in [${id}]` : ''}`;
  };

  // 1. Text boxes: HTML text nodes line by line, SVG text elements whole.
  /** A text's box as drawn: four corners on screen (a rotated axis label is a rotated box, not its bounding rectangle). */
  type Quad = [number, number][];
  const boxes: { text: string; owner: Element; rect: Rect; quad?: Quad }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n.textContent ?? '').trim();
    const el = n.parentElement;
    if (!text || !el || !shown(el)) continue;
    if (el.closest('svg, script, style, option, noscript')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of Array.from(range.getClientRects())) {
      const rect = visiblePart(el, r);
      if (rect.right - rect.left > TOL && rect.bottom - rect.top > TOL) boxes.push({ text, owner: el, rect });
    }
  }
  for (const t of Array.from(document.querySelectorAll('svg text'))) {
    const text = (t.textContent ?? '').trim();
    if (!text || !shown(t) || t.closest('[aria-hidden="true"]')) continue;
    let rect = visiblePart(t, t.getBoundingClientRect());
    // A chart's clip path (a scrolled legend, the plot area) hides what lies outside it.
    const clipper = t.closest('[clip-path]');
    const clipShape = clipper && document.getElementById((clipper.getAttribute('clip-path') ?? '').replace(/^url\(["']?#|["']?\)$/g, ''))?.firstElementChild;
    const clipCtm = clipper && (clipper as SVGGraphicsElement).getScreenCTM?.();
    if (clipShape && clipCtm && 'getBBox' in clipShape) {
      const c = (clipShape as SVGGraphicsElement).getBBox();
      const xs = [c.x, c.x + c.width].flatMap((x) => [c.y, c.y + c.height].map((y) => clipCtm.a * x + clipCtm.c * y + clipCtm.e));
      const ys = [c.x, c.x + c.width].flatMap((x) => [c.y, c.y + c.height].map((y) => clipCtm.b * x + clipCtm.d * y + clipCtm.f));
      rect = intersect(rect, { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) });
    }
    // The glyphs' em box (the font size, centred on the text's box), turned as the text is turned: a rotated
    // axis label is a rotated box, and a chart's line gap above and below its glyphs is not text.
    const g = t as SVGTextElement;
    const box = g.getBBox();
    const em = Math.min(box.height, Number(getComputedStyle(g).fontSize.replace('px', '')) || box.height);
    const y0 = box.y + (box.height - em) / 2;
    const m = g.getScreenCTM();
    const quad: Quad | undefined = m
      ? [
          [box.x, y0],
          [box.x + box.width, y0],
          [box.x + box.width, y0 + em],
          [box.x, y0 + em],
        ].map(([x = 0, y = 0]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f] as [number, number])
      : undefined;
    if (rect.right - rect.left > TOL && rect.bottom - rect.top > TOL) boxes.push({ text, owner: t, rect, quad });
  }
  /** Two convex quads overlap by more than TOL along every separating axis (both quads' edge normals). */
  const quadsOverlap = (a: Quad, b: Quad): boolean => {
    for (const poly of [a, b]) {
      for (let i = 0; i < poly.length; i++) {
        const [x1 = 0, y1 = 0] = poly[i] ?? [];
        const [x2 = 0, y2 = 0] = poly[(i + 1) % poly.length] ?? [];
        const len = Math.hypot(x2 - x1, y2 - y1) || 1;
        const nx = -(y2 - y1) / len;
        const ny = (x2 - x1) / len;
        const project = (q: Quad) => q.map(([x, y]) => x * nx + y * ny);
        const pa = project(a);
        const pb = project(b);
        const depth = Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb));
        if (depth <= TOL) return false;
      }
    }
    return true;
  };
  boxes.sort((a, b) => a.rect.top - b.rect.top);
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i];
    if (!a) continue;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j];
      if (!b) continue;
      if (b.rect.top >= a.rect.bottom - TOL) break;
      if (a.owner === b.owner) continue;
      const o = intersect(a.rect, b.rect);
      if (o.right - o.left > TOL && o.bottom - o.top > TOL && (!a.quad || !b.quad || quadsOverlap(a.quad, b.quad))) {
        overlaps.push(`"${a.text.slice(0, 40)}" (${name(a.owner)}) × "${b.text.slice(0, 40)}" (${name(b.owner)}) at ${Math.round(o.left)},${Math.round(o.top)}`);
      }
    }
  }

  // 2. Elements out of their container: past a parent that neither scrolls nor grows with them, or cut by an overflow: hidden box.
  const clipped: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (el.closest('svg') || !shown(el)) continue;
    const s = getComputedStyle(el);
    if (s.position === 'fixed' || s.position === 'absolute' || s.display === 'contents') continue;
    const parent = el.parentElement;
    if (!parent || parent === document.documentElement) continue;
    const ps = getComputedStyle(parent);
    const r = el.getBoundingClientRect();
    const p = parent.getBoundingClientRect();
    if (r.width <= TOL || r.height <= TOL) continue;
    const scrolls = ps.overflowX === 'auto' || ps.overflowX === 'scroll';
    if (!scrolls && (r.right > p.right + TOL || r.left < p.left - TOL)) {
      clipped.push(`${name(el)} (${Math.round(r.left)}–${Math.round(r.right)}) outside ${name(parent)} (${Math.round(p.left)}–${Math.round(p.right)})`);
    }
    // A box that cuts what it holds (text-overflow, overflow: hidden): the reader loses part of it.
    if ((s.overflowX === 'hidden' || s.overflowX === 'clip') && el.scrollWidth > el.clientWidth + TOL && el.clientWidth > TOL) {
      clipped.push(`${name(el)} cuts its content (${el.scrollWidth} > ${el.clientWidth})`);
    }
  }

  // 3. The page scrolling sideways.
  const se = document.scrollingElement ?? document.documentElement;
  const scroll = se.scrollWidth > window.innerWidth ? `page is ${se.scrollWidth} px wide in a ${window.innerWidth} px window` : null;
  return { overlaps: [...new Set(overlaps)], clipped: [...new Set(clipped)], scroll, texts: boxes.length };
}

const saved: string[] = [];

async function checkAt(page: Page, pageId: string, lang: string, size: (typeof SIZES)[number]): Promise<void> {
  await page.emulateMedia({ media: size.print ? 'print' : 'screen' });
  await page.setViewportSize({ width: size.width, height: size.height });
  await waitForStillLayout(page, `${pageId} at ${size.name}`);
  const found = await page.evaluate(measure);
  const file = join(SCREEN_DIR, `${pageId}-${size.name}-${lang}.png`);
  const where = `${pageId} ${size.name} ${lang}`;
  const problems = [
    // The report page prints from its frame (Ctrl+P, its button): the page's own print is one line saying so.
    ...(found.texts > 10 || (pageId === 'report' && size.print && found.texts > 0) ? [] : [`only ${found.texts} texts measured`]),
    ...found.overlaps.map((o) => `overlap: ${o}`),
    ...found.clipped.map((c) => `clipped: ${c}`),
    ...(found.scroll ? [`sideways: ${found.scroll}`] : []),
  ];
  // A full-page picture costs a PNG encode of the whole page: taken for a page that fails, or for all with FUNDWATCH_SCREENS=1.
  if (problems.length > 0 || process.env.FUNDWATCH_SCREENS) {
    await page.screenshot({ path: file, fullPage: true });
    saved.push(relative(process.cwd(), file));
  }
  if (problems.length > 0) throw new Error(`${where} (${relative(process.cwd(), file)}):\n  ${problems.slice(0, 30).join('\n  ')}${problems.length > 30 ? `\n  … ${problems.length - 30} more` : ''}`);
}

afterAll(() => {
  if (saved.length > 0) console.log(`layout screenshots (${saved.length}):\n${saved.join('\n')}`);
});

/** Where a page says it is the one on screen: its main element. */
const MAIN_OF = (id: string): string => (id === 'overview' ? 'dashboard' : id === 'data' ? 'data-page' : `page-${id}`);

describe('every page at 1440 px, 390 px and A4 print, and through axe-core, in Chinese and English', () => {
  for (const lang of LANGS) {
    it(`every page (${lang})`, async () => {
      await mkdir(SCREEN_DIR, { recursive: true });
      const [first, ...rest] = PAGES;
      if (first === undefined) throw new Error('no pages');
      const page = await openDrawn((path) => browser().open(path), first, lang);
      const failures: string[] = [];
      for (const pageId of [first, ...rest]) {
        if (pageId !== first) {
          // Back to the desktop window, then the page's tab.
          await page.emulateMedia({ media: 'screen' });
          await page.setViewportSize({ width: 1440, height: 900 });
          await byTestId(page, `tab-${pageId}`).click();
          await byTestId(page, MAIN_OF(pageId)).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
          await waitForDrawn(page, `${pageId} (${lang})`);
        }
        const violations = await audit(page);
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        if (serious.length > 0) failures.push(`${pageId} ${lang} axe: ${JSON.stringify(serious, null, 1)}`);
        const unlabelled = await chartsWithoutText(page);
        if (unlabelled.length > 0) failures.push(`${pageId} ${lang} charts without a text alternative: ${unlabelled.join(', ')}`);
        for (const size of SIZES) {
          try {
            await checkAt(page, pageId, lang, size);
          } catch (e) {
            failures.push(e instanceof Error ? e.message : String(e));
          }
        }
      }
      expect(failures, failures.join('\n')).toEqual([]);
    }, PAGES.length * APP_TIMEOUT);
  }
});
