// The header row is read here, not by DuckDB's sniffer: the sniffer guesses
// (and turns a malformed row into a vague "could not detect the dialect"),
// while we want to name each missing or unknown column. Data rows are then
// read by DuckDB with the dialect and the column count fixed.
import type { ColumnSpec, TableSpec } from '../contract/contract';
import { message, type Message, type UnitName } from '../../domain/messages/codes';
import { UNIT_DIGITS } from '../../domain/messages/words';
import { explain, type Problem } from '../ingest/problems';
import { columnLetters } from '../export/exportTable';

const BOM = '\ufeff';

/** Cells of the first record of CSV text (RFC 4180 quoting), BOM stripped. */
export function headerCells(text: string): string[] {
  return headerRecord(text).cells;
}

/**
 * The first record of CSV text, BOM stripped; `complete` once its line end
 * was seen (a file read in slices needs more text while it is false).
 */
export function headerRecord(text: string, delimiter = ','): { cells: string[]; complete: boolean } {
  const first = leadingRecords(text, delimiter, 1).records[0];
  return first ? { cells: first.cells, complete: first.complete } : { cells: [''], complete: false };
}

export interface LeadingRecord {
  cells: string[];
  /** Where the record starts in the text (after a BOM, which is not text). */
  start: number;
  /** Its line end was seen. */
  complete: boolean;
}

/**
 * The first `max` records of CSV text (RFC 4180 quoting), a BOM stripped;
 * empty lines are not records (DuckDB skips them too). The last record is
 * incomplete when the text ends before its line end.
 */
export function leadingRecords(text: string, delimiter: string, max: number): { records: LeadingRecord[]; bom: boolean } {
  const bom = text.startsWith(BOM);
  const body = bom ? text.slice(1) : text;
  const records: LeadingRecord[] = [];
  let i = 0;
  while (records.length < max && i < body.length) {
    // An empty line is not a record.
    if (body[i] === '\n' || body[i] === '\r') {
      i += 1;
      continue;
    }
    const start = i;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let complete = false;
    for (; i < body.length; i++) {
      const ch = body[i];
      if (quoted) {
        if (ch === '"' && body[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else if (ch === '"') {
          quoted = false;
        } else {
          cell += ch;
        }
      } else if (ch === '"') {
        quoted = true;
      } else if (ch === delimiter) {
        cells.push(cell);
        cell = '';
      } else if (ch === '\n' || ch === '\r') {
        complete = true;
        if (ch === '\r' && body[i + 1] === '\n') i += 1;
        i += 1;
        break;
      } else {
        cell += ch;
      }
    }
    cells.push(cell);
    records.push({ cells, start, complete });
  }
  return { records, bom };
}

/** Records looked at for the header: title and unit lines above it are rarely more than a few. */
export const HEADER_SEARCH_ROWS = 20;

/** How many distinct contract columns the cells name. */
function namedColumns(spec: TableSpec, cells: readonly string[]): number {
  return new Set(cells.map((c) => findColumn(spec, c)).filter((c) => c !== undefined)).size;
}

/** Whether one row's cells name every required column of the table: the test a header row passes (CSV, sheets, files named after no table). */
export function namesEveryRequired(spec: TableSpec, cells: readonly string[]): boolean {
  return spec.columns.every((c) => c.optional || cells.some((cell) => findColumn(spec, cell) === c));
}

/**
 * Two header rows read as one, column by column: the lower row's cell where
 * it has one, else the upper row's. Office tools make such a header with
 * merged cells: a name merged down over both rows leaves the lower cell
 * empty, a group title merged across (收支情况 over 收支方向, 项目, 金额)
 * leaves the upper cells right of it empty, and under it the lower row
 * holds the columns' own names.
 */
export function combinedHeader(upper: readonly string[], lower: readonly string[]): string[] {
  // As wide as the lower row, the header line DuckDB reads the rows under: the upper's empty cells past it add no column.
  let width = lower.length;
  for (let i = upper.length - 1; i >= width; i--) {
    if ((upper[i] ?? '').trim() !== '') {
      width = i + 1;
      break;
    }
  }
  return Array.from({ length: width }, (_, i) => {
    const below = lower[i] ?? '';
    return below.trim() !== '' ? below : (upper[i] ?? '');
  });
}

/** Where the table's header is among the first rows, and its cells. */
export interface HeaderFound {
  /** The header's row; the lower of its two rows when it spans two (`upper`). */
  index: number;
  /** How many distinct columns of the table its cells name. */
  named: number;
  /** The header's cells: the row's own, or its two rows' combined (combinedHeader). */
  cells: readonly string[];
  /** The upper row (index - 1) when the header spans two rows; null for a header of one row. */
  upper: number | null;
}

/**
 * The best header of two consecutive rows combined: the first pair naming
 * every required column, else the first naming the most. Looked for only
 * where no row alone is a header, so a file of one header row costs nothing more.
 */
function twoRowHeader(spec: TableSpec, rows: readonly (readonly string[])[]): HeaderFound | null {
  let best: HeaderFound | null = null;
  for (let upper = 0; upper + 1 < rows.length; upper++) {
    const cells = combinedHeader(rows[upper] ?? [], rows[upper + 1] ?? []);
    const found = { index: upper + 1, named: namedColumns(spec, cells), cells, upper };
    if (namesEveryRequired(spec, cells)) return found;
    if (found.named > (best?.named ?? 0)) best = found;
  }
  return best;
}

/**
 * Whether the first rows hold a header of the table: a row naming every
 * required column, or two consecutive rows doing so combined (combinedHeader).
 * The test of a sheet or a file named after no table.
 */
export function holdsHeaderRows(spec: TableSpec, rows: readonly (readonly string[])[]): boolean {
  const looked = rows.slice(0, HEADER_SEARCH_ROWS);
  if (looked.some((cells) => namesEveryRequired(spec, cells))) return true;
  return looked.some((cells, i) => i + 1 < looked.length && namesEveryRequired(spec, combinedHeader(cells, looked[i + 1] ?? [])));
}

/**
 * Which of the first rows is the header: the first whose cells name every
 * required column of the table (English names or Chinese labels); else two
 * consecutive rows that do so combined (a header of merged cells,
 * combinedHeader); else the first row, or two rows, naming the most
 * columns, so that a header with a column missing or misspelt is still the
 * header its problems are reported against (two rows only where together
 * they name more than any row alone: the header seemed to span them); else
 * the first that is semicolon-separated (below Excel's `sep=;` line, which
 * made every column missing instead of saying so); else the first row. Rows
 * above it (a title, a `单位：万元` line) are skipped.
 */
export function findHeaderRow(spec: TableSpec, rows: readonly (readonly string[])[]): HeaderFound {
  const looked = rows.slice(0, HEADER_SEARCH_ROWS);
  let best = { index: 0, named: 0 };
  let semicolons: number | null = null;
  for (const [index, cells] of looked.entries()) {
    const named = namedColumns(spec, cells);
    if (namesEveryRequired(spec, cells)) return { index, named, cells, upper: null };
    if (named > best.named) best = { index, named };
    if (semicolons === null && isSemicolonSeparated(spec, cells)) semicolons = index;
  }
  const pair = twoRowHeader(spec, looked);
  if (pair && (pair.named > best.named || namesEveryRequired(spec, pair.cells))) return pair;
  const index = best.named === 0 && semicolons !== null ? semicolons : best.index;
  return { index, named: best.named, cells: looked[index] ?? [], upper: null };
}

/** The unit money is stated in: yuan, or 万元 (10^4 yuan) or 亿元 (10^8 yuan). */
export interface MoneyUnit {
  label: UnitName;
  /** Powers of ten to the yuan: 0, 4 or 8. */
  digits: 0 | 4 | 8;
}

const UNITS: Record<UnitName, MoneyUnit> = {
  元: { label: '元', digits: UNIT_DIGITS.元 },
  万元: { label: '万元', digits: UNIT_DIGITS.万元 },
  亿元: { label: '亿元', digits: UNIT_DIGITS.亿元 },
};

/**
 * A money unit the contract does not read (`单位：千元`, `单位：百万元`, a bare
 * `单位：亿`): such a line, taken for a title, left the amounts read as yuan.
 */
const UNSUPPORTED_UNIT = /^(?:[十百千]|十万|百万|千万)元$|^亿$/;

/** `单位：…` (also 计量单位, 金额单位): what follows, up to the end of a sentence or bracket. */
const UNIT_LIST = /单\s*位\s*[：:]\s*([^；;。）)】\]]*)/;
/**
 * Each `…单位：…` of a cell, up to the next one, the end of a sentence or a
 * bracket: a line naming the money and the count unit side by side
 * (`人数单位：人 金额单位：万元`, `金额单位：万元 人数单位：人` with a full-width space).
 */
const UNIT_LISTS = /单\s*位\s*[：:]\s*((?:(?!单\s*位\s*[：:])[^；;。）)】\]])*)/g;
/** A cell that is a unit alone: `万元`, `（万元）`, `[亿元]`. */
const BARE_UNIT = /^[（(【[]?\s*(亿元|万元|元)\s*[)）】\]]?$/;
/** A cell (a title) ending in its unit: `2024年基金收支表（万元）`, `…（单位：万元）`. */
const TRAILING_UNIT = /[（(【[]\s*(?:单\s*位\s*[：:]\s*)?(亿元|万元|元)\s*[)）】\]]$/;
/** A money unit named in words no rule above reads (`金额以万元计`, `万元,` in a title's last cell after text). */
const UNIT_MENTION = /(?:[十百千]|十万|百万|千万)?(?:亿|万)元|千元/;

/**
 * A cell as its unit is read: without characters no one sees, and without the
 * spaces a form's layout puts inside a unit (`万 元`, `万\u3000元`, as `单 位` is read).
 */
function unitText(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(/([十百千万亿])[\s\u3000]+(?=[元人户])/g, '$1').trim();
}

/** English money words, and the magnitudes an English unit line states. */
const EN_MONEY = /\b(?:yuan|rmb|cny|renminbi)\b/i;
const EN_HUNDRED_MILLION = /\b(?:100[,\s]?000[,\s]?000|100\s*millions?|(?:one\s+|a\s+)?hundred\s+millions?)\b/i;
const EN_TEN_THOUSAND = /\b(?:10[,\s]?000|10\s*thousands?|ten\s+thousands?|10\s?k)\b/i;
/** A magnitude the contract does not read (thousand, million, billion yuan). */
const EN_OTHER_MAGNITUDE = /\b(?:thousands?|millions?|billions?)\b|\d[\d,\s.]*\s*k?\s*(?:yuan|rmb|cny)\b|\b(?:rmb|cny)\s*\d/i;
/** An English line that states the unit: `Unit: yuan`, `in yuan`, a title ending `(yuan)`. */
const EN_UNIT_STATED = /\bunits?\b|\bin\s+(?:rmb\s+|cny\s+)?(?:yuan|rmb|cny)\b|[（(]\s*(?:rmb\s*|cny\s*)?(?:yuan|rmb|cny)\s*[)）]\s*$/i;

/**
 * What an English cell says of the money unit (`Unit: 10,000 yuan`,
 * `(RMB 10 thousand)`, `Unit: 100 million yuan`): an office's English form
 * states it so, and reading its amounts as yuan would be 10,000 times wrong.
 */
function englishUnit(cell: string): UnitSaid {
  if (!EN_MONEY.test(cell)) return null;
  if (EN_HUNDRED_MILLION.test(cell)) return { unit: UNITS.亿元 };
  if (EN_TEN_THOUSAND.test(cell)) return { unit: UNITS.万元 };
  if (EN_OTHER_MAGNITUDE.test(cell)) return { unsupported: true };
  return EN_UNIT_STATED.test(cell) ? { unit: UNITS.元 } : null;
}

/** A count stated in tens of thousands or hundreds (`单位：万人`, `千户`): counts are read as persons. */
const SCALED_COUNT = /(?:[十百千万亿]|十万|百万|千万)(?:人次|人|户)|\b(?:thousands?|millions?|10[,\s]?000|ten\s+thousands?)\s+(?:persons|people)\b/i;

/**
 * A line above the header that says the table's counts are in 万人 (or 千人, 万户):
 * the contract reads counts as persons, so such a line — skipped as a title
 * before — left 40,000 insured read as 4. Its text, or null.
 */
export function scaledCountUnit(rows: readonly (readonly string[])[]): string | null {
  for (const cells of rows) {
    for (const raw of cells) {
      const cell = unitText(raw);
      // An English line that states the money unit states the count's beside it (`Amounts in 10,000 yuan; counts in 10,000 persons`).
      if (!(UNIT_LIST.test(cell) || BARE_COUNT.test(cell) || TRAILING_COUNT.test(cell) || /\bunits?\b/i.test(cell) || englishUnit(cell) !== null)) continue;
      if (SCALED_COUNT.test(cell)) return cell;
    }
  }
  return null;
}

/** A cell that is a count unit alone, or a title ending in one: `（万人）`, `…参保情况（单位：万人）`. */
const BARE_COUNT = /^[（(【[]?\s*(?:[十百千万亿]|十万|百万|千万)?(?:人次|人|户)\s*[)）】\]]?$/;
const TRAILING_COUNT = /[（(【[]\s*(?:单\s*位\s*[：:]\s*)?[^（(【[]*(?:人次|人|户)\s*[)）】\]]$/;

/** What one cell says of the money unit. */
type UnitSaid = { unit: MoneyUnit } | { unsupported: true } | { unclear: true } | null;

/**
 * The money unit a cell above the header (or a note below the table) states:
 * a `单位：` list (`单位：万元`, `单位：人、万元`, `计量单位：万元，人`: its
 * money word, the others being counts; several lists side by side, as in
 * `人数单位：人 金额单位：万元`, read as one), a unit alone in its cell (`万元`,
 * `（万元）`, as a title row's last cell), or a title ending in its unit
 * (`…收支表（万元）`). A cell that names 万元/亿元/千元 any other way is
 * unclear: the loader cannot tell whether the amounts are in it, and
 * reading them as yuan would be 10,000 times wrong without a word.
 */
export function unitInCell(raw: string): UnitSaid {
  const cell = unitText(raw);
  if (cell === '') return null;
  if (!/[\u4e00-\u9fff]/.test(cell)) return englishUnit(cell);
  const lists = [...cell.matchAll(UNIT_LISTS)];
  if (lists.length > 0) {
    // Every list's words: the money unit in one and the count unit (人, 人次, 户) in another make one money unit.
    const words = lists.flatMap((list) => (list[1] ?? '').split(/[、，,/／\s]+/)).map((w) => w.replace(/[（(【[)）】\]]/g, '')).filter((w) => w !== '');
    if (words.some((w) => UNSUPPORTED_UNIT.test(w))) return { unsupported: true };
    const money = [...new Set(words.filter((w): w is UnitName => w === '元' || w === '万元' || w === '亿元'))];
    if (money.length === 1 && money[0]) return { unit: UNITS[money[0]] };
    if (money.length > 1) return { unclear: true };
    return UNIT_MENTION.test(cell) ? { unclear: true } : null;
  }
  const bare = BARE_UNIT.exec(cell) ?? TRAILING_UNIT.exec(cell);
  if (bare) return { unit: UNITS[bare[1] as UnitName] };
  return UNIT_MENTION.test(cell) ? { unclear: true } : null;
}

/**
 * The unit of the sheet's money columns, from the rows above its header
 * (unitInCell) and the units after money columns' names in the header
 * (`inHeader`). Null when nothing says. `refused` when the sheet cannot be
 * read: several different units, a unit the contract does not read
 * (千元, 亿), or a line naming a money unit in a way that says no unit.
 */
export function findMoneyUnit(
  rows: readonly (readonly string[])[],
  inHeader: readonly { unit: MoneyUnit; text: string }[] = [],
): { unit: MoneyUnit | null; text: string | null; refused: Message | null } {
  const found: { unit: MoneyUnit; text: string }[] = [...inHeader];
  for (const cells of rows) {
    for (const cell of cells) {
      const said = unitInCell(cell);
      if (said === null) continue;
      const text = cell.trim();
      if ('unsupported' in said) return { unit: null, text, refused: message('header.unit_unsupported', { text }) };
      if ('unclear' in said) return { unit: null, text, refused: message('header.unit_unclear', { text }) };
      found.push({ unit: said.unit, text });
    }
  }
  const first = found[0];
  if (!first) return { unit: null, text: null, refused: null };
  const conflict = found.some((f) => f.unit !== first.unit);
  return { unit: first.unit, text: first.text, refused: conflict ? message('header.units_conflict', { text: first.text }) : null };
}

/** Cells of a row the header search and the notices show: trimmed, empty ones dropped. */
export function rowText(cells: readonly string[]): string {
  return cells.map((c) => c.trim()).filter((c) => c !== '').join(' ');
}

export interface HeaderMapping {
  /** For each contract column, the position of its cell in the file, or null when the (optional) column is absent. */
  positions: Map<ColumnSpec, number | null>;
  /** Columns the contract does not have (备注, 序号 …) and columns without a name: not read. */
  ignored: { position: number; name: string }[];
  problems: Problem[];
}

/** The header row the table wants. The English names the Chinese labels without spelling them: they are the Chinese reader's alternative. */
export function expectedHeader(spec: TableSpec): Message {
  return message('header.expected', { columns: spec.columns.map((c) => c.name), labels: spec.columns.map((c) => c.label) });
}

/** A money unit written after a column's name: `金额（万元）`, `amount(元)`, `金额（单位：万元）`, `金额【万元】`. */
const UNIT_SUFFIX = /\s*(?:[（(]\s*(?:单\s*位\s*[：:]\s*)?(亿元|万元|元)\s*[)）]|[【[]\s*(?:单\s*位\s*[：:]\s*)?(亿元|万元|元)\s*[\]】])$/;

/** Characters no one sees, taken out of header cells (findColumn). */
export const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * A header cell as its column is looked up: without characters no one sees
 * (a zero-width space or joiner, a word joiner, a BOM: names copied from a
 * web page or a chat), white space around it or a template's required mark.
 */
function headerText(cell: string): string {
  return cell.replace(INVISIBLE, '').trim().replace(REQUIRED_MARK, '');
}

/** A count written after a count column's name: `救助对象人数（人）`, `户数(户)`. */
const COUNT_SUFFIX = /\s*[（(]\s*(?:单\s*位\s*[：:]\s*)?(?:人|户|人次|个)\s*[)）]$/;

/** The mark government templates put on a required field's name: `*季度`, `季度＊`. */
const REQUIRED_MARK = /^[*＊]+\s*|\s*[*＊]+$/g;

/**
 * The contract column a header cell names: its name (any case) or its
 * Chinese label (white space inside ignored), perhaps with a template's
 * required-field mark (`*季度`); a money column's may carry its unit
 * (`金额（万元）`), a count column's its own (`救助对象人数（人）`).
 */
export function findColumn(spec: TableSpec, cell: string): ColumnSpec | undefined {
  const trimmed = headerText(cell);
  // A Chinese label is matched without its white space: templates break long headers over lines (上级区划↵代码) or space them out.
  const named = (text: string): ColumnSpec | undefined => {
    const label = text.replace(/\s+/g, '');
    return spec.columns.find((c) => c.name === text.toLowerCase() || c.label === label || c.otherLabels?.includes(label) === true);
  };
  const exact = named(trimmed);
  if (exact) return exact;
  const suffix = UNIT_SUFFIX.exec(trimmed);
  const column = suffix ? named(trimmed.slice(0, suffix.index)) : undefined;
  if (column?.kind === 'money') return column;
  const counted = COUNT_SUFFIX.exec(trimmed);
  const count = counted ? named(trimmed.slice(0, counted.index)) : undefined;
  return count?.kind === 'count' ? count : undefined;
}

/** The units written after money columns' names in the header (`金额（万元）`), with the cell. */
export function headerMoneyUnits(spec: TableSpec, cells: readonly string[]): { unit: MoneyUnit; text: string }[] {
  return cells.flatMap((cell) => {
    // As findColumn reads the cell: `金额（万元）*` has its unit too.
    const suffix = UNIT_SUFFIX.exec(headerText(cell));
    return suffix && findColumn(spec, cell)?.kind === 'money' ? [{ unit: UNITS[(suffix[1] ?? suffix[2]) as MoneyUnit['label']], text: cell.trim() }] : [];
  });
}

/**
 * No table of the contract has more than a dozen columns; offices add a few
 * (备注, 序号). A header this wide is not one of our tables, and reading it
 * would only cost memory (DuckDB plans every column): refused up front.
 */
export const MAX_HEADER_CELLS = 1000;

/**
 * A header that names no column of the table, but would name at least two
 * split at semicolons: a semicolon-separated file (European Excel). Said so,
 * once, rather than every column missing. Never read as such: there a comma
 * is the decimal comma, and `1,234` would silently be read as 1234.
 */
function isSemicolonSeparated(spec: TableSpec, cells: readonly string[]): boolean {
  if (cells.some((cell) => findColumn(spec, cell))) return false;
  return cells.some((cell) => cell.split(';').filter((part) => findColumn(spec, part)).length >= 2);
}

/**
 * Match header cells to contract columns by name (any case) or Chinese label.
 * `upperRow`: the row number of the upper of two header rows read combined
 * (combinedHeader), `headerRow` being the lower; a column still missing is
 * then said with both rows, so that the user looks at the merged cells.
 */
export function mapHeader(spec: TableSpec, file: string, cells: readonly string[], options: { sheet?: string | null; headerRow?: number; upperRow?: number | null } = {}): HeaderMapping {
  const sheet = options.sheet ?? null;
  const positions = new Map<ColumnSpec, number | null>();
  const problems: Problem[] = [];
  const headerRow = options.headerRow ?? 1;
  const problem = (column: string | null, text: Message): void => {
    problems.push({ file, ...(sheet === null ? {} : { sheet }), row: headerRow, column, ...explain(text, expectedHeader(spec)), severity: 'error' });
  };
  const ignored: HeaderMapping['ignored'] = [];
  if (cells.length > MAX_HEADER_CELLS) {
    problem(null, message('header.too_wide', { cells: cells.length, limit: MAX_HEADER_CELLS }));
    return { positions, ignored, problems };
  }
  if (isSemicolonSeparated(spec, cells)) {
    problems.push({ file, ...(sheet === null ? {} : { sheet }), row: headerRow, column: null, ...explain(message('header.semicolons'), message('header.semicolons_expected')), severity: 'error' });
    return { positions, ignored, problems };
  }
  cells.forEach((raw, position) => {
    const cell = raw.trim();
    const column = findColumn(spec, cell);
    if (!column) {
      ignored.push({ position, name: cell });
    } else if (positions.has(column)) {
      // Both cells, where they are: the other may be a column hidden in the workbook.
      const first = positions.get(column) ?? 0;
      const place = (i: number): string => (sheet === null ? String(i + 1) : columnLetters(i));
      const cellsTwice = [first, position].map((i) => ({ place: place(i), name: (cells[i] ?? '').trim() }));
      problem(column.name, message('header.column_twice', { column: column.name, cells: cellsTwice, sheet: sheet !== null }));
    } else {
      positions.set(column, position);
    }
  });
  for (const column of spec.columns) {
    if (positions.has(column)) continue;
    if (column.optional) positions.set(column, null);
    else if (options.upperRow === undefined || options.upperRow === null) problem(column.name, message('header.column_missing', { column: column.name, label: column.label }));
    else problem(column.name, message('header.column_missing_two_rows', { column: column.name, label: column.label, upper: options.upperRow, lower: headerRow }));
  }
  return { positions, ignored, problems };
}
