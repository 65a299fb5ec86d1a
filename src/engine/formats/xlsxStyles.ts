// What a number cell looks like in Excel, as far as reading it needs: a date
// (or a time), a percentage, or a plain number. A cell stores only a number
// and the index of its style (`s`); the style (xl/styles.xml, `<cellXfs>`)
// names a number format, built in by id or written out in `<numFmts>`. Only
// those two lists are read; fonts, fills, borders and the rest never are.
import { scanXml } from './xml';

/**
 * How a number cell is shown: a date, a date with a time of day, a time of
 * day, a percentage, or a number followed by the unit 万 (#,##0.00"万元":
 * 60.32 shown as 60.32万元, typed in 万元 — not a yuan amount).
 */
export type NumberShown = 'date' | 'date_time' | 'time' | 'percent' | 'wan';

/**
 * Built-in formats that are not plain numbers. 14–22 are dates and times in
 * every locale; 27–36 and 50–58 are the East Asian ones (in Chinese Excel and
 * WPS 27 is yyyy"年"m"月", 31 yyyy"年"m"月"d"日", 32–35 h"时"mm"分"…); 45–47 are
 * mm:ss, [h]:mm:ss and mmss.0; 9 and 10 are 0% and 0.00%.
 */
const BUILT_IN: ReadonlyMap<number, NumberShown> = new Map<number, NumberShown>([
  [9, 'percent'],
  [10, 'percent'],
  ...[14, 15, 16, 17, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58].map((id): [number, NumberShown] => [id, 'date']),
  ...[18, 19, 20, 21, 32, 33, 34, 35, 45, 46, 47, 55, 56].map((id): [number, NumberShown] => [id, 'time']),
  [22, 'date_time'],
]);

/**
 * How a format code shows a number. Its first section decides (the others
 * are for negatives, zero and text). Text in quotes, escaped characters
 * (`\d`), the character after `_` or `*` (a padding width, a fill) and
 * anything in brackets (a colour, a locale, a condition) are not tokens,
 * except elapsed time ([h], [mm], [ss]). `m` is minutes after an hour or
 * before seconds, else a month.
 */
export function formatShown(code: string): NumberShown | null {
  const section = firstSection(code);
  const tokens = section
    .replace(/"[^"]*"?/g, '')
    .replace(/\\.|[_*]./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, '$1')
    .replace(/\[[^\]]*\]?/g, '')
    .toLowerCase()
    .replace(/am\/pm|a\/p/g, '');
  const time = /[hs]/.test(tokens);
  const months = tokens.replace(/(h[^a-z]*)m+|m+([^a-z]*s)/g, '$1$2');
  const date = /[yd]/.test(months) || months.includes('m');
  if (date) return time ? 'date_time' : 'date';
  if (time || tokens.includes('m')) return 'time';
  if (tokens.includes('%')) return 'percent';
  return inWan(section) ? 'wan' : null;
}

/**
 * True when the format writes 万 after the number as it is (#,##0.00"万元",
 * 0.00\万): the number was typed in 万. Not when the format moves the decimal
 * point itself (0!.0000"万", 0\.0000"万元": a yuan amount shown in 万), where
 * the number stays yuan.
 */
function inWan(section: string): boolean {
  const literals = [...section.matchAll(/"([^"]*)"?|\\(.)/g)].map((m) => m[1] ?? m[2] ?? '').join('');
  if (!literals.includes('万')) return false;
  const movedPoint = /[!\\]\.|"\."/.test(section);
  return !movedPoint;
}

/** The format code up to its first `;` outside quotes and brackets. */
function firstSection(code: string): string {
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\' && !quoted) i++;
    else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '[') bracket = true;
    else if (!quoted && ch === ']') bracket = false;
    else if (!quoted && !bracket && ch === ';') return code.slice(0, i);
  }
  return code;
}

/**
 * For each cell style (the index a cell's `s` names), how its numbers are
 * shown; undefined for plain numbers. A format a workbook writes out under a
 * built-in id replaces the built-in one.
 */
export function readNumberStyles(xml: string): (NumberShown | undefined)[] {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name, attrs) {
      if (name === 'numFmt' && attrs.numFmtId !== undefined) custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formats.push(Number(attrs.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  const shown = new Map<number, NumberShown | null>();
  return formats.map((id) => {
    if (!shown.has(id)) {
      const code = custom.get(id);
      shown.set(id, code === undefined ? (BUILT_IN.get(id) ?? null) : formatShown(code));
    }
    return shown.get(id) ?? undefined;
  });
}
