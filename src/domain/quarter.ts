// Quarters are `YYYYQn` text everywhere; these helpers do the calendar
// arithmetic on them so no caller parses the string itself.
import { Dec, type Decimal } from './money';
import type { Quarter } from './vocabulary';
import type { Lang } from './lang';

export type QuarterNumber = 1 | 2 | 3 | 4;

const QUARTER_TEXT = /^(\d{4})Q([1-4])$/;

export function isQuarter(s: string): boolean {
  return QUARTER_TEXT.test(s);
}

/** Quarters read before: a dataset has a few dozen, compared thousands of times when statuses and alerts are sorted. */
const parsed = new Map<string, Readonly<{ year: number; q: QuarterNumber }>>();

export function parseQuarter(q: string): Readonly<{ year: number; q: QuarterNumber }> {
  const known = parsed.get(q);
  if (known !== undefined) return known;
  const m = QUARTER_TEXT.exec(q);
  if (!m) throw new Error(`"${q}" is not a quarter (expected YYYYQn, e.g. 2024Q4)`);
  const read = Object.freeze({ year: Number(m[1]), q: Number(m[2]) as QuarterNumber });
  parsed.set(q, read);
  return read;
}

export function quarterOf(year: number, q: number): Quarter {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`${year} is not a four-digit year`);
  if (q !== 1 && q !== 2 && q !== 3 && q !== 4) throw new Error(`${q} is not a quarter number 1–4`);
  return `${year}Q${q}`;
}

/** Quarters counted from year 0, so two quarters compare and subtract as integers. */
function ordinal(q: Quarter): number {
  const p = parseQuarter(q);
  return p.year * 4 + (p.q - 1);
}

function fromOrdinal(n: number): Quarter {
  return quarterOf(Math.floor(n / 4), (n % 4) + 1);
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return ordinal(a) - ordinal(b);
}

export function nextQuarter(q: Quarter): Quarter {
  return fromOrdinal(ordinal(q) + 1);
}

export function previousQuarter(q: Quarter): Quarter {
  return fromOrdinal(ordinal(q) - 1);
}

export function sameQuarterLastYear(q: Quarter): Quarter {
  const p = parseQuarter(q);
  return quarterOf(p.year - 1, p.q);
}

export function yearOf(q: Quarter): number {
  return parseQuarter(q).year;
}

/** Q1 … q of q's year. */
export function ytdQuarters(q: Quarter): Quarter[] {
  const p = parseQuarter(q);
  const out: Quarter[] = [];
  for (let i = 1; i <= p.q; i++) out.push(quarterOf(p.year, i));
  return out;
}

/** q and the n−1 quarters before it, oldest first. */
export function trailingQuarters(q: Quarter, n: number): Quarter[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${n} is not a number of quarters`);
  const end = ordinal(q);
  const out: Quarter[] = [];
  for (let i = end - n + 1; i <= end; i++) out.push(fromOrdinal(i));
  return out;
}

/** Share of the year elapsed at the quarter's end: 0.25, 0.5, 0.75, 1. */
export function elapsedShare(q: Quarter): Decimal {
  return new Dec(parseQuarter(q).q).div(4);
}

/** 2024年第4季度 / 2024 Q4 */
export function quarterLabel(q: Quarter, lang: Lang = 'zh'): string {
  const p = parseQuarter(q);
  return lang === 'en' ? `${p.year} Q${p.q}` : `${p.year}年第${p.q}季度`;
}
