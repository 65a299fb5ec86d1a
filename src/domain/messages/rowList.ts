// Row numbers as a notice lists them. A form with a 小计 row after each city
// has a hundred of them: listed one by one they made a line no one reads
// (第5、17、29、…、1721行). Consecutive rows read as a range (第3–5行), and
// the list stops after a few items with how many rows there are in all.
import type { RowList, RowRun } from './codes';
import { grouped } from './words';

/** Items (a row or a range) a notice lists before it says how many rows there are in all. */
export const ROW_RUNS_LISTED = 10;

/** The rows as a notice lists them; `rows` in any order, a row given twice counted once. */
export function rowList(rows: Iterable<number>): RowList {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else if (runs.length < ROW_RUNS_LISTED) runs.push([row, row]);
    else break;
  }
  return { runs, count: sorted.length };
}

/** Rows the runs name, fewer than `count` when the list was cut. */
function listed(list: RowList): number {
  return list.runs.reduce((n, [first, last]) => n + last - first + 1, 0);
}

const run = ([first, last]: RowRun): string => (first === last ? String(first) : `${first}–${last}`);

/** 第5行 · 第3–5、9行 · 第5、17、29、…等 144 行 */
export function rowsZh(list: RowList): string {
  const items = list.runs.map(run).join('、');
  return listed(list) < list.count ? `第${items}、…等 ${grouped(list.count)} 行` : `第${items}行`;
}

/** row 5 · rows 3–5, 9 · rows 5, 17, 29, … (144 rows); more than one row when `plural`. */
export function rowsEn(list: RowList): { text: string; plural: boolean } {
  const items = list.runs.map(run).join(', ');
  const plural = list.count > 1;
  const text = listed(list) < list.count ? `rows ${items}, … (${grouped(list.count)} rows)` : `row${plural ? 's' : ''} ${items}`;
  return { text, plural };
}
