// Pictures of charts drawn at build time (ECharts' server-side SVG renderer),
// found by the option they show: a picture stands in for a chart only when
// its option and height are exactly the ones the page is about to draw.
import { createContext } from 'react';

/** Key of an option (as JSON) at a height. */
export function pictureKey(optionJson: string, height: number): string {
  return `${height}:${hash53(optionJson)}`;
}

/** cyrb53: a 53-bit string hash, so that keys stay short in the snapshot. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** One chart drawn at several widths (a phone's card, a desktop's). */
export interface Picture {
  width: number;
  svg: string;
}

/** Build-time pictures by pictureKey; empty where there are none. */
export const PrerenderedCharts = createContext<Readonly<Record<string, readonly Picture[]>>>({});

/** The drawing closest to the width it will show at (it scales by its viewBox from there). */
export function closestPicture(pictures: readonly Picture[] | undefined, width: number): Picture | undefined {
  let best: Picture | undefined;
  for (const p of pictures ?? []) if (!best || Math.abs(p.width - width) < Math.abs(best.width - width)) best = p;
  return best;
}

/**
 * The width a chart takes when the page is rendered ahead of time, with no
 * layout to measure (src/app/prerender.tsx); null in the browser, where a
 * chart measures its card.
 */
export const PrerenderWidth = createContext<number | null>(null);

/**
 * The width the build's first screen is rendered at: wider than any
 * picture, so each chart shows its widest drawing, scaled to its card by its
 * viewBox until the page measures the card. The page's first render takes
 * over that HTML with the same width (main.tsx), then measures.
 */
export const FIRST_SCREEN_WIDTH = 100_000;
