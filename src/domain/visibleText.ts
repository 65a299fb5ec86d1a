// Text from a user's file (a cell, a file or sheet name) as it may be shown:
// on a terminal (cli/io.ts) and in the page's list of problems, where a
// right-to-left override in a file name reversed the rest of the line.
/** C0 but the tab (9) and the line end (10), DEL, C1; ALM, LRM/RLM, LRE…RLO, LRI…PDI; LS, PS; zero width space, word joiner, BOM. */
const CONTROL_RANGES: readonly (readonly [number, number])[] = [
  [0x00, 0x08],
  [0x0b, 0x1f],
  [0x7f, 0x9f],
  [0x061c, 0x061c],
  [0x200b, 0x200b],
  [0x200e, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x2060],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
];

const escaped = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
const CONTROLS = new RegExp(`[${CONTROL_RANGES.map(([from, to]) => (from === to ? escaped(from) : `${escaped(from)}-${escaped(to)}`)).join('')}]`, 'g');

/**
 * Control characters other than the line end and the tab, as the text
 * `\u001b` (C0, DEL and C1), and the bidirectional controls and line
 * separators of Unicode. A file's cell or name is quoted into problems and
 * summaries: an escape sequence in it must not move the cursor, clear or
 * retitle the terminal, a NUL or CR must not hide the rest of a line, and a
 * right-to-left override must not turn `regions\u202ecsv.txt` into what
 * reads as `regionstxt.csv` (nor the rest of the line after it). Also the
 * characters that show as nothing: a BOM inside a file (two UTF-8 files
 * with BOMs joined into one) left `区划代码"150102"不是6位数字` unexplained.
 */
export function visibleControls(text: string): string {
  // The engine's own scan: the CLI passes its whole output (a 380 KB JSON document) through here.
  return text.replace(CONTROLS, (c) => escaped(c.charCodeAt(0)));
}
