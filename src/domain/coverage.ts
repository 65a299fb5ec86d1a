// Recipient enrollment rate (参保率) = enrolled persons / recipient persons.
import { Dec, type Decimal } from './money';
import { CATEGORIES, type Category, type CoverageCounts, type CoverageRow } from './types';

function checkCount(n: number, name: string): void {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${n}`);
}

/** Full precision (40 digits); callers print 6 decimals. null when there are no recipients. */
export function coverageRate(recipients: number, enrolled: number): Decimal | null {
  checkCount(recipients, 'recipients');
  checkCount(enrolled, 'enrolled');
  if (recipients === 0) return null;
  return new Dec(enrolled).div(recipients);
}

export function toCoverageRows(counts: CoverageCounts[]): CoverageRow[] {
  return counts.map((c) => ({ ...c, rate: coverageRate(c.recipients, c.enrolled) }));
}

/** null (all categories) first, then the DOMAIN.md table order. */
export function categoryOrder(category: Category | null): number {
  return category === null ? -1 : CATEGORIES.indexOf(category);
}

/** By region code, then category. */
export function compareCoverageRows(a: CoverageCounts, b: CoverageCounts): number {
  if (a.regionCode !== b.regionCode) return a.regionCode < b.regionCode ? -1 : 1;
  return categoryOrder(a.category) - categoryOrder(b.category);
}
