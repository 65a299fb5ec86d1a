// Reading an XLSX workbook without a spreadsheet library: an XLSX file is a
// zip (unpacked with fflate) of a few XML parts. We read the sheet list
// (xl/workbook.xml), where each sheet's XML is (xl/_rels/workbook.xml.rels),
// the shared string table (xl/sharedStrings.xml) and the cells of each sheet.
// Cells come back as text exactly as stored; numbers are kept as the `<v>`
// text (see `excelNumberText`), never passed through a JS float.
import { unzipSync } from 'fflate';
import { message, type Message, type ZipDocument } from '../../domain/messages/codes';
import { FundWatchError } from '../../domain/messages/error';
import { Dec } from '../../domain/money';
import { scanXml, XmlError } from './xml';
import { columnLetters } from '../export/exportTable';
import { readNumberStyles, type NumberShown } from './xlsxStyles';
import { shownText, shownZipName, zipPrefix } from './zipNames';

export interface XlsxCell {
  text: string;
  /** A number cell (no `t`, or `t="n"`): a date column holds a serial day number here. */
  numeric: boolean;
  /** An error value (`t="e"`: #N/A, #REF!, #DIV/0!): what a formula that failed leaves. */
  error?: boolean;
  /** A number cell whose style shows it as a date, a time or a percentage (xlsxStyles.ts): what the user sees is not the number. */
  shown?: NumberShown;
}

export interface XlsxRow {
  /** Row number as Excel shows it (1-based). */
  row: number;
  /** Hidden in Excel (`hidden="1"`: hidden by hand or filtered out). */
  hidden?: boolean;
  /** Cells by column index (A = 0); gaps are undefined. */
  cells: (XlsxCell | undefined)[];
}

/** A range of cells, as a merged cell covers: its first and last cell (rows 1-based as Excel shows them, columns from A = 0). */
export interface CellRange {
  first: { row: number; column: number };
  last: { row: number; column: number };
}

export interface XlsxSheet {
  name: string;
  rows: XlsxRow[];
  /** Merged cells (`<mergeCell ref="E3:E5">`): only the first cell of each holds the value. */
  merges?: CellRange[];
  /** Hidden in Excel (state hidden or veryHidden): never read as data, its rows left empty. */
  hidden?: boolean;
}

export interface XlsxWorkbook {
  sheets: XlsxSheet[];
  /** The workbook counts dates from 1904-01-01 (old Mac Excel) instead of 1900. */
  date1904: boolean;
  /** Sheets that hold no cells (chart, dialog and macro sheets), left out of `sheets`; absent when there are none. */
  skipped?: { name: string; kind: 'chart' | 'dialog' | 'macro' }[];
}

/** Why a file is not a readable workbook. */
export class XlsxError extends FundWatchError {
  constructor(reason: Message) {
    super(reason);
    this.name = 'XlsxError';
  }
}

const decoder = new TextDecoder('utf-8');

/**
 * Limits checked against the zip's own directory BEFORE anything is
 * decompressed, so that a zip bomb dressed as a workbook (a part that
 * claims gigabytes) is refused without allocating it. A part whose
 * directory entry lies (claims less than it holds) is cut at the size it
 * claimed: fflate writes into a buffer of that size and no further, so its
 * XML ends early and is refused as broken.
 */
export const XLSX_LIMITS = {
  /**
   * One sheet's XML: a million-cell sheet is ~60 MB. At most the longest
   * string Chrome's V8 makes (2^29 − 24 characters; a UTF-8 byte is at most
   * one character), since a part is decoded into one string: 512 MiB, 24
   * bytes more, made a 5 MB file crash the reading instead of being refused.
   */
  partBytes: 2 ** 29 - 24,
  /** Everything read from one workbook. */
  totalBytes: 1024 * 1024 * 1024,
  /**
   * Unpacked ÷ packed, for a part over 16 MB: real sheets stay far below
   * (repetitive XML ~20–100×; Excel's styled empty rows down to row 1,048,576
   * 13×); deflate's maximum is ~1,032. At 400, two sheets of whitespace packed
   * 250× and 370× (a 3.5 MB file) took the reading to 2.4 GB.
   */
  ratio: 150,
};

/** Where Excel, WPS, LibreOffice and openpyxl all put the workbook and its relationships (as part keys, see partKey). */
const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
/** Only xl/styles.xml is read for styles (where every writer puts it); without it every number is plain. */
const STYLES_PART = 'xl/styles.xml';

/** The signature of an OLE compound file. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Other ZIP-packed documents, by a part only they have: a file renamed to
 * .xlsx (or saved by a tool that picked the wrong extension) is told as what
 * it is, with what to save it as, not as a broken XLSX.
 */
const OTHER_PACKAGES: readonly [RegExp, ZipDocument][] = [
  [/^xl\/workbook\.bin$/i, 'xlsb'],
  [/^index\/document\.iwa$/i, 'numbers'],
  [/^word\/document\.xml$/i, 'docx'],
  [/^ppt\/presentation\.xml$/i, 'pptx'],
  [/^content\.xml$/i, 'odf'],
];

/** OpenDocument's first part names its kind: only a spreadsheet (.ods) is said as one. */
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * A part name as OPC compares them: any case, percent-escapes decoded (a
 * relationship may point at `worksheets/%E6%95%B0%E6%8D%AE.xml`, the ZIP hold
 * `xl/worksheets/数据.xml`), `/` as the separator (some .NET writers store
 * `xl\worksheets\sheet1.xml`), no leading `/`.
 */
function partKey(name: string): string {
  const slashed = name.replace(/\\/g, '/').replace(/^\/+/, '');
  let decoded = slashed;
  try {
    decoded = decodeURIComponent(slashed);
  } catch {
    // A lone % is a character of the name.
  }
  return decoded.toLowerCase();
}

/** The parts unpacked so far (by partKey), and what counts against the limits across passes. */
interface Package {
  bytes: Uint8Array;
  parts: Map<string, Uint8Array>;
  total: number;
}

/**
 * Unpacks the parts `wanted` picks (by partKey; themes, images, macros and
 * the rest are never unpacked) into `pack`, within XLSX_LIMITS. `seen` is
 * told every entry's name.
 */
function unpackParts(pack: Package, wanted: (key: string, size: number) => boolean, seen: (name: string) => void = () => undefined): void {
  let tooBig: { name: string; size: number; packed: number } | null = null;
  // A part named twice: fflate keeps the last copy, other readers the first (a sheet's figures could differ unseen).
  const named = new Set<string>();
  let twice: string | null = null;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(pack.bytes, {
      filter(file) {
        seen(file.name);
        const key = partKey(file.name);
        if (!wanted(key, file.originalSize) || tooBig) return false;
        if (named.has(key)) twice ??= file.name;
        named.add(key);
        pack.total += file.originalSize;
        const ratio = file.originalSize / Math.max(1, file.size);
        if (file.originalSize > XLSX_LIMITS.partBytes || pack.total > XLSX_LIMITS.totalBytes || (file.originalSize > 16 * 1024 * 1024 && ratio > XLSX_LIMITS.ratio)) {
          tooBig = { name: file.name, size: file.originalSize, packed: file.size };
          return false;
        }
        return true;
      },
    });
  } catch {
    throw new XlsxError(notAZip(pack.bytes));
  }
  if (twice !== null) throw new XlsxError(message('xlsx.part_twice', { part: shownZipName(twice) }));
  const refused = tooBig as { name: string; size: number; packed: number } | null;
  if (refused) {
    throw new XlsxError(
      message('xlsx.too_big', { part: shownZipName(refused.name), bytes: refused.size, packed: refused.packed, partLimit: XLSX_LIMITS.partBytes, totalLimit: XLSX_LIMITS.totalBytes, ratio: XLSX_LIMITS.ratio }),
    );
  }
  for (const [name, data] of Object.entries(parts)) pack.parts.set(partKey(name), data);
}

/** Why bytes that do not unzip are no workbook: empty, an OLE file (an open password, an old .xls), text or a web page under the name, or else broken. */
function notAZip(bytes: Uint8Array): Message {
  // A download that never arrived, a file Excel could not save: said as what it is, not as "cannot be unzipped".
  if (bytes.length === 0) return message('file.empty');
  // Excel encrypts a workbook with an open password into an OLE compound file, the format of the old .xls too.
  if (COMPOUND_FILE.every((b, i) => bytes[i] === b)) return message('xlsx.compound_file');
  const disguise = textDisguise(bytes);
  return disguise === null ? message('xlsx.invalid') : message('xlsx.disguised', { content: disguise });
}

/**
 * What a file that is no ZIP holds when it is text: business systems' "导出
 * Excel" writes CSV text (UTF-8, GBK or UTF-16) or a web page (an HTML table)
 * under an .xlsx name. Null for binary bytes (a control character other than
 * tab, line ends and form feed in the first 4 KB).
 */
function textDisguise(bytes: Uint8Array): 'html' | 'text' | null {
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  const text = new TextDecoder(utf16 ? (head[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8').decode(head);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) return null;
  }
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start === '') return null;
  return start.startsWith('<') ? 'html' : 'text';
}

/**
 * A part's text. XML may be UTF-16 (legal, with a BOM, or told by its first
 * `<` being followed by a zero byte); UTF-8 otherwise, its BOM dropped.
 */
function partText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  if (data[0] === 0x3c && data[1] === 0x00) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0x00 && data[1] === 0x3c) return new TextDecoder('utf-16be').decode(data);
  return decoder.decode(data);
}

/** Relationship types of workbook sheets that hold no cells to read: a chart sheet (Excel's "Move chart → New sheet"), a dialog sheet, an Excel 4 macro sheet. */
const NOT_WORKSHEET = /\/(chartsheet|dialogsheet|macrosheet|xlMacrosheet|xlIntlMacrosheet)$/i;

export function readXlsx(whole: Uint8Array): XlsxWorkbook {
  // Bytes in front of the ZIP, its offsets not moved (a BOM a web export echoed): read from where it starts, as unzip does.
  const pack: Package = { bytes: whole.subarray(zipPrefix(whole)), parts: new Map(), total: 0 };
  let other: ZipDocument | null = null;
  // First the workbook and its relationships, which say where the sheets and the shared strings are; then those parts.
  unpackParts(
    pack,
    (key, size) => key === WORKBOOK_PART || key === WORKBOOK_RELS || (key === 'mimetype' && size < 256),
    (name) => (other ??= OTHER_PACKAGES.find(([part]) => part.test(name.replace(/\\/g, '/')))?.[1] ?? null),
  );
  const part = (key: string): string | null => {
    const data = pack.parts.get(key);
    return data ? partText(data) : null;
  };
  const workbookXml = part(WORKBOOK_PART);
  if (workbookXml === null) {
    const found = other as ZipDocument | null;
    const ods = found === 'odf' && part('mimetype')?.trim() === ODS_MIMETYPE;
    throw new XlsxError(found === null ? message('xlsx.no_workbook') : message('xlsx.other_document', { document: ods ? 'ods' : found }));
  }
  try {
    const { sheets: listed, date1904 } = readWorkbook(workbookXml);
    const { relationships, sharedStrings } = readRelationships(part(WORKBOOK_RELS) ?? '');
    // A chart sheet (or a dialog or macro sheet) has no cells: not a sheet of data, left out (and said, files.ts).
    const notWorksheet = (sheet: { relId: string }): RegExpExecArray | null => NOT_WORKSHEET.exec(relationships.get(sheet.relId)?.type ?? '');
    const sheets = listed.filter((sheet) => !notWorksheet(sheet));
    const skipped = listed.flatMap((sheet) => {
      const type = notWorksheet(sheet)?.[1]?.toLowerCase();
      if (type === undefined) return [];
      return [{ name: sheet.name, kind: type === 'chartsheet' ? ('chart' as const) : type === 'dialogsheet' ? ('dialog' as const) : ('macro' as const) }];
    });
    const stringsKey = partKey(partPath(sharedStrings ?? 'sharedStrings.xml'));
    const sheetKeys = new Set(sheets.flatMap((sheet) => {
      const target = relationships.get(sheet.relId)?.target;
      return sheet.hidden || target === undefined || EXTERNAL_TARGET.test(target) ? [] : [partKey(partPath(target))];
    }));
    unpackParts(pack, (key) => key === stringsKey || key === STYLES_PART || sheetKeys.has(key));
    const strings = readSharedStrings(part(stringsKey) ?? '');
    const styles = readStyles(part(STYLES_PART) ?? '');
    return {
      date1904,
      ...(skipped.length > 0 ? { skipped } : {}),
      sheets: sheets.map((sheet) => {
        if (sheet.hidden) return { name: sheet.name, rows: [], hidden: true };
        const target = relationships.get(sheet.relId)?.target;
        // A sheet kept at an address (TargetMode="External", http://…, file://…): never fetched, and said as such.
        if (target !== undefined && EXTERNAL_TARGET.test(target)) throw new XlsxError(message('xlsx.sheet_external', { sheet: sheet.name, target: shownText(target) }));
        const path = target === undefined ? null : partPath(target);
        const xml = path === null ? null : part(partKey(path));
        if (xml === null) throw new XlsxError(message('xlsx.sheet_missing', { sheet: sheet.name, part: path === null ? null : shownZipName(path), relId: shownText(sheet.relId) }));
        const merges: CellRange[] = [];
        return { name: sheet.name, rows: readSheetPart(xml, { strings, styles }, sheet.name, path ?? '', merges), merges };
      }),
    };
  } catch (e) {
    if (e instanceof XmlError) throw new XlsxError(message('xlsx.damaged', { reason: e.message }));
    throw e;
  }
}

/**
 * The cell styles' number formats. Damaged, they are refused naming the
 * part: read as plain numbers, a date would load as its serial number.
 */
function readStyles(xml: string): (NumberShown | undefined)[] {
  try {
    return readNumberStyles(xml);
  } catch (e) {
    if (e instanceof XmlError) throw new XlsxError(message('xlsx.damaged', { reason: `xl/styles.xml: ${e.message}` }));
    throw e;
  }
}

function readWorkbook(xml: string): { sheets: { name: string; relId: string; hidden: boolean }[]; date1904: boolean } {
  const sheets: { name: string; relId: string; hidden: boolean }[] = [];
  let date1904 = false;
  scanXml(xml, {
    open(name, attrs) {
      if (name === 'sheet') {
        const relId = Object.entries(attrs).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1] ?? '';
        sheets.push({ name: attrs.name ?? '', relId, hidden: attrs.state === 'hidden' || attrs.state === 'veryHidden' });
      } else if (name === 'workbookPr') {
        date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      }
    },
  });
  return { sheets, date1904 };
}

/** A target with a URI scheme (`http:`, `file:`, `\\server\share`): outside the workbook. */
const EXTERNAL_TARGET = /^([a-z][a-z0-9+.-]*:|\\\\)/i;

/**
 * A relationship target of xl/workbook.xml as a part name (OPC): absolute
 * (`/xl/data/sheet.xml`) from the package's root, else relative to xl/, with
 * `.` and `..` segments resolved.
 */
function partPath(target: string): string {
  const slashed = target.replace(/\\/g, '/');
  const segments: string[] = [];
  for (const segment of (slashed.startsWith('/') ? slashed : `xl/${slashed}`).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** The workbook's relationships: target and type by Id, and the shared string table's target when there is one. */
function readRelationships(xml: string): { relationships: Map<string, { target: string; type: string }>; sharedStrings: string | null } {
  const relationships = new Map<string, { target: string; type: string }>();
  let sharedStrings: string | null = null;
  scanXml(xml, {
    open(name, attrs) {
      if (name !== 'Relationship' || !attrs.Target) return;
      if (attrs.Id) relationships.set(attrs.Id, { target: attrs.Target, type: attrs.Type ?? '' });
      if (attrs.Type?.endsWith('/sharedStrings')) sharedStrings = attrs.Target;
    },
  });
  return { relationships, sharedStrings };
}

/** Each `<si>`: the text of its `<t>` runs, without phonetic guides (`<rPh>`). */
function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name, _attrs, selfClosing) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic += selfClosing ? 0 : 1;
      else if (name === 't' && !selfClosing) inText = true;
    },
    close(name) {
      if (name === 'si') {
        strings.push(unescapeText(current ?? ''));
        current = null;
      } else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText && phonetic === 0 && current !== null) current += text;
    },
  });
  return strings;
}

/**
 * A cell's text with OOXML's escapes undone: `_xHHHH_` is the character
 * U+HHHH (Excel writes a CR in a cell as `_x000D_`), `_x005F_` the
 * underscore that keeps a literal `_x…_` from being one.
 */
export function unescapeText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Column index of a cell reference: `A1` → 0, `AB12` → 27 (`ab12` too); -1 when it starts with no letter. */
export function columnIndex(ref: string): number {
  let index = 0;
  for (const ch of ref.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
    // Past any column (stops a reference of a thousand letters from growing without bound).
    if (index > LAST_COLUMN + 1) return index - 1;
  }
  return index - 1;
}

/** `E3:E5` as a range; null for anything else. */
function cellRange(ref: string): CellRange | null {
  const [first, last] = ref.split(':').map((cell) => {
    const match = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(cell.trim());
    return match ? { row: Number(match[2]), column: columnIndex(match[1] ?? '') } : null;
  });
  return first && last ? { first, last } : null;
}

/** XFD, the last column Excel has (0-based). */
const LAST_COLUMN = 16_383;

/**
 * A sheet whose XML breaks off (a part cut at the size its zip entry
 * claimed, a file cut short) is refused naming the sheet, its part and the
 * last row read whole, so the user can see how far the file is intact.
 */
function readSheetPart(xml: string, book: SheetContext, name: string, path: string, merges: CellRange[]): XlsxRow[] {
  const rows: XlsxRow[] = [];
  try {
    readSheet(xml, book, rows, merges, name);
    return rows;
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    const last = rows.at(-1)?.row ?? null;
    throw new XlsxError(message(e.cutShort ? 'xlsx.sheet_cut' : 'xlsx.sheet_damaged', { sheet: name, part: path, reason: e.message, lastRow: last }));
  }
}

/** What every sheet of a workbook shares: its shared strings, and how each cell style shows a number. */
interface SheetContext {
  strings: readonly string[];
  styles: readonly (NumberShown | undefined)[];
}

function readSheet(xml: string, { strings, styles }: SheetContext, rows: XlsxRow[], merges: CellRange[], sheet: string): void {
  let row: XlsxRow | null = null;
  let cell: { column: number; type: string; shown: NumberShown | undefined } | null = null;
  let value = '';
  let inValue = false;
  // A formula's text, and whether the cell holds a value: a program's workbook (openpyxl) has formulas Excel never computed.
  let formula: string | null = null;
  let inFormula = false;
  let valued = false;
  let nextColumn = 0;
  let ended = false;
  // Inside an inline string's phonetic guide (<rPh>, Japanese readings): not the cell's text, as in readSharedStrings.
  let phonetic = 0;
  scanXml(xml, {
    open(name, attrs, selfClosing) {
      if (name === 'row') {
        // A row number that is not one (r="abc", r="0") is as if absent: the next row.
        const stated = Number(attrs.r);
        row = { row: Number.isInteger(stated) && stated >= 1 ? stated : (rows.at(-1)?.row ?? 0) + 1, cells: [] };
        if (attrs.hidden === '1' || attrs.hidden === 'true') row.hidden = true;
        nextColumn = 0;
      } else if (name === 'c' && row) {
        // A reference that names no column (r="1A") is as if absent: the next cell.
        const stated = attrs.r ? columnIndex(attrs.r) : -1;
        const column = stated >= 0 ? stated : nextColumn;
        // Cells are kept in an array as wide as the row: a column past XFD would make every row millions of cells wide.
        if (column > LAST_COLUMN) throw new XmlError(`cell reference ${attrs.r ?? ''} is past column XFD`, false);
        nextColumn = column + 1;
        cell = { column, type: attrs.t ?? 'n', shown: attrs.s === undefined ? undefined : styles[Number(attrs.s)] };
        value = '';
        formula = null;
        valued = false;
        phonetic = 0;
      } else if (name === 'rPh' && cell) {
        phonetic += selfClosing ? 0 : 1;
      } else if ((name === 'v' || name === 't') && cell && phonetic === 0) {
        valued = true;
        inValue = !selfClosing;
      } else if (name === 'f' && cell) {
        formula = '';
        inFormula = !selfClosing;
      } else if (name === 'mergeCell' && attrs.ref) {
        const range = cellRange(attrs.ref);
        if (range) merges.push(range);
      }
    },
    close(name) {
      if (name === 'v' || name === 't') {
        inValue = false;
      } else if (name === 'rPh') {
        phonetic = Math.max(0, phonetic - 1);
      } else if (name === 'f') {
        inFormula = false;
      } else if (name === 'c' && cell && row) {
        // Said where it is: a workbook of a thousand rows, refused for "shared string 999", left the user searching.
        if (cell.type === 's' && value.trim() !== '' && sharedString(value, strings) === undefined) {
          const at = `${columnLetters(cell.column)}${row.row}`;
          throw new XlsxError(message('xlsx.shared_string_missing', { index: value.trim(), sheet, cell: at, count: strings.length }));
        }
        // Never computed: the formula stands in the cell, so that the contract names it (columnRules.ts). A result
        // written empty (openpyxl's <v/>) is none either, unless the formula gave text (t="str"): "" is a result.
        const computed = valued && (value.trim() !== '' || cell.type === 'str');
        const parsed = formula !== null && !computed ? { text: `=${formula === '' ? '…' : formula}`, numeric: false } : cellValue(cell.type, value, strings);
        if (parsed) row.cells[cell.column] = parsed.numeric && cell.shown ? { ...parsed, shown: cell.shown } : parsed;
        cell = null;
      } else if (name === 'row' && row) {
        rows.push(row);
        row = null;
      } else if (name === 'worksheet') {
        ended = true;
      }
    },
    text(text) {
      if (inValue) value += text;
      else if (inFormula) formula += text;
    },
  });
  // Cut between two rows, the XML is still well formed up to there: only the missing end tells.
  if (!ended) throw new XmlError('no </worksheet> at its end');
}

/** The shared string a cell's value indexes: an index is digits only (`1e0`, `-1`, `0.5` index nothing). */
function sharedString(value: string, strings: readonly string[]): string | undefined {
  const index = value.trim();
  return /^\d+$/.test(index) ? strings[Number(index)] : undefined;
}

function cellValue(type: string, value: string, strings: readonly string[]): XlsxCell | null {
  // A styled empty cell some writers type (<c t="s"/>, <v/>): no value, so no cell. Read as typed it was shared string 0 (the header's first name) or false.
  if (value.trim() === '' && type !== 'inlineStr' && type !== 'str') return null;
  switch (type) {
    case 's': {
      // Checked where the cell is known (readSheet).
      return { text: sharedString(value, strings) ?? '', numeric: false };
    }
    case 'inlineStr':
    case 'str':
      return { text: unescapeText(value), numeric: false };
    case 'b':
      return { text: value.trim() === '1' ? 'true' : 'false', numeric: false };
    case 'e':
      // #DIV/0!, #N/A …: shown as is, so the validator names the bad cell (xlsxTable.ts where any text is valid).
      return { text: value, numeric: false, error: true };
    case 'd': {
      // An ISO 8601 date cell: its day, the time of day dropped as for a serial (excelSerialDate); anything else as is, for the date check to name.
      const text = value.trim();
      return { text: ISO_DATE_TIME.test(text) ? text.slice(0, 10) : text, numeric: false };
    }
    default:
      return value === '' ? null : { text: excelNumberText(value.trim()), numeric: true };
  }
}

/** An ISO 8601 date cell's value (t="d"): a day, optionally with a time of day and a zone. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The text of a number cell. Excel itself stores the shortest text that
 * round-trips the double and shows at most 15 significant digits, so 1234.5
 * is stored as "1234.5" and kept as is. Some writers (or a formula like
 * =0.1+0.2) store the full 17-digit form, e.g. "0.30000000000000004" or
 * "1234.5600000000002": such text is rounded to the 15 significant digits
 * Excel displays ("0.3", "1234.56"), trailing zeros dropped, exponents
 * written out ("1E-3" → "0.001"). A value that truly has more decimals, like
 * "12.345", is kept and refused by the money check.
 *
 * A number of 16 or more integer digits is past what the cell holds exactly
 * (an ID card number typed into a General cell: 150102199001011234 is stored
 * as 1.50102199001011E+17): it stays in scientific notation, as Excel shows
 * it, so that the contract refuses it (columnRules.ts) instead of reading
 * made-up trailing zeros.
 */
export function excelNumberText(v: string): string {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v)) return v;
  const digits = v.replace(/[eE].*$/, '').replace(/[^0-9]/g, '').replace(/^0+/, '');
  if (digits.length <= 15 && !/[eE]/.test(v)) return v;
  const shown = new Dec(v).toSignificantDigits(15);
  if (shown.abs().gte(EXACT_INTEGER_LIMIT)) return shown.toExponential().toUpperCase();
  return shown.toString();
}

/** 10^15: from 16 integer digits on, a cell's number has lost digits. */
const EXACT_INTEGER_LIMIT = new Dec('1e15');

const DAY_MS = 86_400_000;

/**
 * A serial day number of a date column as YYYY-MM-DD. The 1900 system counts
 * 1900-01-01 as day 1 and keeps Lotus 1-2-3's fictitious 1900-02-29 (day 60),
 * so from day 61 on the epoch is 1899-12-30. The 1904 system counts from
 * 1904-01-01 as day 0. A time of day (the fraction) is dropped. Null for a
 * serial that is not a day (negative, day 60, past 9999-12-31 as a date
 * typed as the number 20211022 is, or not a number).
 */
export function excelSerialDate(serial: string, date1904 = false): string | null {
  if (!/^\d+(\.\d+)?$/.test(serial)) return null;
  const day = Number(serial.split('.')[0]);
  if (date1904) return isoDate(Date.UTC(1904, 0, 1) + day * DAY_MS);
  if (day === 60 || day < 1) return null;
  return isoDate(Date.UTC(1899, 11, day < 60 ? 31 : 30) + day * DAY_MS);
}

/** YYYY-MM-DD; null past 9999-12-31, the last day Excel has (its ISO text would be "+057235-11-…"). */
function isoDate(ms: number): string | null {
  const date = new Date(ms);
  // Past what a Date holds (±275,760 years) toISOString throws.
  if (Number.isNaN(date.getTime())) return null;
  const text = date.toISOString();
  return /^\d{4}-/.test(text) ? text.slice(0, 10) : null;
}

/**
 * A serial number as the date or time its format shows, written the ISO way:
 * 2024-12-31, 2024-12-31 08:30 (seconds only when there are some) or 08:30.
 * A time is rounded to the second, as Excel shows it (which can carry it
 * into the next day). Null where there is no such day (excelSerialDate) and
 * for a percentage, which is no date.
 */
export function excelSerialText(serial: string, shown: NumberShown, date1904 = false): string | null {
  if (shown === 'percent' || shown === 'wan') return null;
  if (shown === 'date') return excelSerialDate(serial, date1904);
  if (!/^\d+(\.\d+)?$/.test(serial)) return null;
  const seconds = Math.round(Number(serial) * 86_400);
  const day = Math.floor(seconds / 86_400);
  const rest = seconds - day * 86_400;
  const two = (n: number): string => String(n).padStart(2, '0');
  const time = `${two(Math.floor(rest / 3600))}:${two(Math.floor(rest / 60) % 60)}${rest % 60 === 0 ? '' : `:${two(rest % 60)}`}`;
  if (shown === 'time') return time;
  const date = excelSerialDate(String(day), date1904);
  return date === null ? null : `${date} ${time}`;
}
