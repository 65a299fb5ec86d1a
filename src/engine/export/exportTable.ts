// Any table on the page as CSV or XLSX, written without a spreadsheet
// library (XLSX: minimal OOXML parts zipped with fflate, strings as inline
// strings). Pure: rows in, bytes out.
//
// Formula injection: a spreadsheet runs a cell that starts with `=`, `+`,
// `-` or `@` (and some also after a leading tab or CR). The rule:
// - CSV: such text gets a leading apostrophe `'`, which Excel and WPS show
//   as plain text; values of a numeric column that are plain numbers
//   (`-12.50`) are left as they are, since a number is not a formula.
// - XLSX: text is always written as an inline string cell, which is never
//   evaluated, so it is written unchanged; plain numbers of a numeric column
//   are written as number cells (the `<v>` text is the decimal text itself,
//   never a float), so `-12.50` stays a number the user can sum.
import { zipSync } from 'fflate';

export type ExportCell = string | number | boolean | null;
export type ExportRow = Record<string, ExportCell>;

export interface ExportColumn {
  /** Key of the value in each row. */
  key: string;
  /** Header text; the key when absent. */
  label?: string;
  /** Money, counts, rates: plain numbers are written as numbers. */
  numeric?: boolean;
  /**
   * How a spreadsheet shows the number (XLSX only; CSV keeps the plain
   * value): money with thousands separators and two decimals, a rate (a
   * ratio such as 0.989029) as a percentage with two decimals, a count with
   * thousands separators. The cell keeps the exact value either way.
   */
  format?: 'money' | 'rate' | 'count';
}

/** cellXfs indexes of xl/styles.xml; built-in number formats 4 (#,##0.00), 10 (0.00%), 3 (#,##0). */
const STYLE_INDEX: Record<NonNullable<ExportColumn['format']>, number> = { money: 1, rate: 2, count: 3 };
const STYLES_XML =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '</cellXfs></styleSheet>';

export interface ExportSheet {
  name: string;
  columns: readonly ExportColumn[];
  rows: readonly ExportRow[];
}

const NUMBER = /^-?\d+(\.\d+)?$/;
/**
 * What a spreadsheet may take for a formula at a cell's start: = + - @ (OWASP's list), a tab,
 * a line end (a cell of lines whose next starts with =), and the full-width forms an input method types.
 */
const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/;

function cellText(value: ExportCell): string {
  if (value === null) return '';
  return String(value);
}

/** The text of a cell as it may safely stand in a CSV file. */
export function neutralise(text: string, numeric = false): string {
  if (numeric && NUMBER.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvQuote(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a BOM (so Excel reads it as UTF-8) and CRLF line ends; the loader strips the BOM. */
export function exportCsv(rows: readonly ExportRow[], columns: readonly ExportColumn[]): string {
  const lines = [columns.map((c) => csvQuote(neutralise(c.label ?? c.key))).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvQuote(neutralise(cellText(row[c.key] ?? null), c.numeric))).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function csvBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function xmlEscape(text: string): string {
  // Control characters other than tab, LF and CR are not allowed in XML 1.0.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"]/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[ch]};`);
}

/** Column letters of a 0-based index: 0 → A, 27 → AB. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function xlsxCell(ref: string, value: ExportCell, numeric: boolean, format?: ExportColumn['format']): string {
  const text = cellText(value);
  if (text === '') return '';
  const style = format ? ` s="${STYLE_INDEX[format]}"` : '';
  if ((numeric || typeof value === 'number') && NUMBER.test(text)) return `<c r="${ref}"${style}><v>${text}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  // A literal `_xHHHH_` would be read as the character U+HHHH: its underscore is escaped as `_x005F_`.
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1'))}</t></is></c>`;
}

/** East Asian wide characters (Han, kana, Hangul, full-width forms): two columns of a spreadsheet's width each. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
/** Column widths in characters: never narrower than Excel's default, never wider than a screen's share (a long sentence wraps by hand). */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** How many narrow characters a text takes: a wide character counts two; a cell of lines, its longest line. */
export function textWidth(text: string): number {
  let widest = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    let width = 0;
    for (const ch of line) width += WIDE.test(ch) ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return widest;
}

const grouped = (int: string): string => int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A cell's text as the spreadsheet shows it in its number format (#,##0.00, 0.00%, #,##0), for its column's width. */
function shownText(text: string, numeric: boolean, format: ExportColumn['format']): string {
  if (!numeric || format === undefined || !NUMBER.test(text)) return text;
  const [int = '', frac = ''] = text.replace('-', '').split('.');
  const sign = text.startsWith('-') ? '-' : '';
  if (format === 'money') return `${sign}${grouped(int)}.${frac.padEnd(2, '0')}`;
  if (format === 'count') return `${sign}${grouped(int)}${frac === '' ? '' : `.${frac}`}`;
  // A ratio as a percentage to two places (a float is fine here: only its length counts).
  return `${sign}${grouped(String(Math.floor(Math.abs(Number(text)) * 100)))}.00%`;
}

/** Each column's width: its header or its longest value as shown, plus room for the cell's margins. */
export function columnWidths(sheet: Pick<ExportSheet, 'columns' | 'rows'>): number[] {
  return sheet.columns.map((c) => {
    let widest = textWidth(c.label ?? c.key);
    for (const row of sheet.rows) widest = Math.max(widest, textWidth(shownText(cellText(row[c.key] ?? null), c.numeric ?? false, c.format)));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}

/** The header row stays in view while the rows scroll (Excel's 冻结首行 / Freeze Top Row). */
const FROZEN_HEADER = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';

function colsXml(widths: readonly number[]): string {
  return widths.length === 0 ? '' : `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
}

function sheetXml(sheet: ExportSheet): string {
  const rows: string[] = [];
  const header = sheet.columns.map((c, i) => xlsxCell(`${columnLetters(i)}1`, c.label ?? c.key, false)).join('');
  rows.push(`<row r="1">${header}</row>`);
  sheet.rows.forEach((row, r) => {
    const cells = sheet.columns.map((c, i) => xlsxCell(`${columnLetters(i)}${r + 2}`, row[c.key] ?? null, c.numeric ?? false, c.format)).join('');
    rows.push(`<row r="${r + 2}">${cells}</row>`);
  });
  // CT_Worksheet's order: sheetViews, then cols, then sheetData.
  return `${XML_DECL}<worksheet xmlns="${MAIN_NS}">${FROZEN_HEADER}${colsXml(columnWidths(sheet))}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Excel's limit on a sheet name. */
const SHEET_NAME_MAX = 31;
/** What separates words in a title: a space, `_`, `-`, a " · ". */
const WORD_GAP = /[\s_\-·・]/;
const HAN = /[\u2e80-\ua4cf\uf900-\ufaff]/;

/**
 * `text` in at most `max` characters, cut where a word ends (before a space, `_`, `-`, or between two
 * Chinese characters, which stand alone), its trailing separators dropped: "months-payable_内蒙古自治区_Resident",
 * never "…_Resident basic medical insurance fund" cut to "…_Resident ". A first word longer than `max` is cut.
 */
export function shortenAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const trimmed = (cut: string) => cut.replace(/[\s_\-·・]+$/, '');
  for (let end = max; end > 0; end--) {
    const [before = '', after = ''] = [text[end - 1], text[end]];
    if (/[\ud800-\udbff]/.test(before)) continue;
    const atGap = WORD_GAP.test(after) || WORD_GAP.test(before) || (HAN.test(before) && HAN.test(after));
    if (atGap && trimmed(text.slice(0, end)) !== '') return trimmed(text.slice(0, end));
  }
  return text.slice(0, max);
}

/** Sheet names: at most 31 characters, cut at a word's end, none of `[]:*?/\`, unique (a number added). */
export function sheetName(name: string, taken: ReadonlySet<string>): string {
  const clean = name.replace(/[[\]:*?/\\]/g, '_').trim();
  const base = shortenAtWord(clean, SHEET_NAME_MAX) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${shortenAtWord(clean, SHEET_NAME_MAX - String(i).length - 1) || 'Sheet'}_${i}`;
  return candidate;
}

export function exportXlsx(sheets: readonly ExportSheet[]): Uint8Array {
  const encoder = new TextEncoder();
  const taken = new Set<string>();
  const names = sheets.map((s) => {
    const name = sheetName(s.name, taken);
    taken.add(name.toLowerCase());
    return name;
  });
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': encoder.encode(
      `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        sheets
          .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
          .join('') +
        '</Types>',
    ),
    '_rels/.rels': encoder.encode(
      `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': encoder.encode(
      `${XML_DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
        names.map((name, i) => `<sheet name="${xmlEscape(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': encoder.encode(
      `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
        '</Relationships>',
    ),
    'xl/styles.xml': encoder.encode(`${XML_DECL}${STYLES_XML}`),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = encoder.encode(sheetXml(sheet));
  });
  return zipSync(files, { level: 6 });
}
