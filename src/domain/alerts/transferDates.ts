// Calendar arithmetic on the `YYYY-MM-DD` dates of transfers.csv.
import { quarterOf } from '../quarter';
import type { Quarter } from '../types';

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  const m = DATE_TEXT.exec(date);
  if (!m) throw new Error(`"${date}" is not a date (expected YYYY-MM-DD)`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function quarterOfDate(date: string): Quarter {
  const month = Number(date.slice(5, 7));
  return quarterOf(Number(date.slice(0, 4)), Math.ceil(month / 3));
}

/** The last day of a quarter, `YYYY-MM-DD`. */
export function quarterEnd(quarter: Quarter): string {
  const year = quarter.slice(0, 4);
  return `${year}-${['03-31', '06-30', '09-30', '12-31'][Number(quarter.slice(5)) - 1] ?? '12-31'}`;
}
