// One value of policy.json at a time: where it is (a path such as
// `years[0].thresholds.coverage[1].lt`), how it is quoted back, and whether a
// decimal setting is written as the exact text the rules need.
import { Dec, isDecimalText } from '../money';
import type { IssueList } from './issues';

export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** How deep and how wide a list or object is quoted back; past that, `…`. */
const SHOWN_DEPTH = 4;
const SHOWN_ITEMS = 10;

/**
 * A value as JSON, quoted into a problem. Bounded: JSON.stringify of a value
 * 5,000 lists deep (where a decimal belongs) overflowed the stack, and a
 * list of a million items would have been quoted whole.
 */
export function show(v: unknown, depth = SHOWN_DEPTH): string {
  // JSON.stringify says null for a number JSON.parse read as infinity (1e400).
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) return depth === 0 ? '[…]' : `[${shownItems(v.length, (i) => show(v[i], depth - 1))}]`;
  if (isPlainObject(v)) {
    if (depth === 0) return '{…}';
    const entries = Object.entries(v);
    return `{${shownItems(entries.length, (i) => `${JSON.stringify(entries[i]?.[0])}:${show(entries[i]?.[1], depth - 1)}`)}}`;
  }
  return JSON.stringify(v) ?? String(v);
}

function shownItems(count: number, item: (i: number) => string): string {
  const shown: string[] = [];
  for (let i = 0; i < Math.min(count, SHOWN_ITEMS); i++) shown.push(item(i));
  if (count > SHOWN_ITEMS) shown.push('…');
  return shown.join(',');
}

export function checkDecimal(value: unknown, path: string, range: 'ratio' | 'nonNegative' | undefined, issues: IssueList): void {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    issues.add(path, 'policy.number_overflow');
    return;
  }
  if (typeof value === 'number') {
    issues.add(path, 'policy.number_not_text', { value: show(value), text: String(value) });
    return;
  }
  // Padded text (" 0.99 ") passed the check trimmed and then stopped the band comparisons as "not a number".
  if (typeof value !== 'string' || !isDecimalText(value) || value !== value.trim()) {
    issues.add(path, 'policy.not_decimal', { value: show(value) });
    return;
  }
  const d = new Dec(value);
  if (range === 'ratio' && (d.lt(0) || d.gt(1))) issues.add(path, 'policy.not_ratio', { value: show(value) });
  if (range === 'nonNegative' && d.lt(0)) issues.add(path, 'policy.negative', { value: show(value) });
}
