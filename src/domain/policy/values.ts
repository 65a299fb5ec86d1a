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

export function show(v: unknown): string {
  // JSON.stringify says null for a number JSON.parse read as infinity (1e400).
  return typeof v === 'number' && !Number.isFinite(v) ? String(v) : (JSON.stringify(v) ?? String(v));
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
