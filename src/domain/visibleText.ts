// Text from a user's file (a cell, a file or sheet name) as it may be shown:
// on a terminal (cli/io.ts) and in the page's list of problems, where a
// right-to-left override in a file name reversed the rest of the line.
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
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isControl(c)) continue;
    out += `${text.slice(from, i)}\\u${c.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** C0 but the tab (9) and the line end (10), DEL, C1; ALM, LRM/RLM, LRE…RLO, LRI…PDI; LS, PS; zero width space, word joiner, BOM. */
function isControl(c: number): boolean {
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a) ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x061c ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x2028 && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x200b ||
    c === 0x2060 ||
    c === 0xfeff
  );
}

