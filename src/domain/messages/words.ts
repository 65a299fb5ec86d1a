// What both catalogues need to word a message the same way: a money unit's
// powers of ten, a size in megabytes.
import type { UnitName } from './codes';

/** Powers of ten from the unit to the yuan. */
export const UNIT_DIGITS: Readonly<Record<UnitName, 0 | 4 | 8>> = { 元: 0, 万元: 4, 亿元: 8 };

/** Bytes as whole megabytes: `64 MB`. */
export function mib(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/** A count with thousands separators, the same in both languages: `1,001`. */
export function grouped(n: number): string {
  return n.toLocaleString('en-US');
}

/** `s` for a count other than one. */
export function plural(n: number): string {
  return n === 1 ? '' : 's';
}
