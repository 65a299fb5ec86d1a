// One workbook sheet as CSV text, so a sheet is staged, validated and
// reported exactly like a CSV file. The header is the first row that names
// the table's columns (title and unit rows above it are skipped); empty rows
// are dropped; each CSV record carries the Excel row number in a
// last column so that problems point at the row the user sees in Excel.
// Date columns holding Excel serial numbers become YYYY-MM-DD here, because
// only here is it known that the number is a date; a number the sheet shows
// as a date or a percentage becomes what the user sees in other columns.
import type { ColumnSpec, TableSpec } from '../contract/contract';
import { expectedHeader, findColumn, findHeaderRow, HEADER_SEARCH_ROWS, holdsHeaderRows, MAX_HEADER_CELLS } from './csvHeader';
import { expectedValue } from '../contract/columnRules';
import { explain, type Problem } from '../ingest/problems';
import { message } from '../../domain/messages/codes';
import { rowList } from '../../domain/messages/rowList';
import { columnLetters } from '../export/exportTable';
import { excelSerialDate, excelSerialText, type CellRange, type XlsxCell, type XlsxRow } from './xlsx';
import { Dec } from '../../domain/money';
import { isFootnote, isSignOff } from './signOff';

export interface SheetCsv {
  /** CSV text: header cells, then `_row`; every record ends with its Excel row number. */
  text: string;
  header: string[];
  headerRow: number;
  /** The cells of the non-empty rows above the header (a title, a `单位：万元` line). */
  above: string[][];
  /** The upper row of a header over two rows (`headerRow` the lower), its Excel row number and own cells; null for one header row. */
  upperHeader: { row: number; cells: string[] } | null;
  problems: Problem[];
}

export function quoteCsvCell(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function isEmptyRow(row: XlsxRow): boolean {
  return row.cells.every((c) => c === undefined || c.text.trim() === '');
}

function rowCells(row: XlsxRow): string[] {
  return Array.from({ length: row.cells.length }, (_, i) => row.cells[i]?.text ?? '');
}

/**
 * True when the sheet's first non-empty rows hold a header naming every
 * required column of the table, in one row or two (as findHeaderRow looks
 * for it): the sheet that holds the data, in a workbook whose first sheet is
 * a note (填表说明, a Sheet1 of instructions) rather than the table.
 */
export function holdsHeader(spec: TableSpec, rows: readonly XlsxRow[]): boolean {
  const looked: string[][] = [];
  for (const row of rows) {
    if (isEmptyRow(row)) continue;
    looked.push(rowCells(row));
    if (looked.length >= HEADER_SEARCH_ROWS) break;
  }
  return holdsHeaderRows(spec, looked);
}

/** Two header rows as one row of cells (csvHeader.ts, combinedHeader: the lower row's cell where it has text, else the upper's), numbered as the lower. */
function combinedRow(upper: XlsxRow, lower: XlsxRow): XlsxRow {
  const length = Math.max(upper.cells.length, lower.cells.length);
  const cells = Array.from({ length }, (_, i) => {
    const below = lower.cells[i];
    return below !== undefined && below.text.trim() !== '' ? below : upper.cells[i];
  });
  return { row: lower.row, cells };
}

/**
 * Cells merged down over data rows (a city's 地区类别 merged over its
 * counties, as printed reports do): Excel shows the value on every row, but
 * only the first cell holds it, and the rest read empty, which in an
 * optional column loads silently as no value. Refused at the merge, for each
 * column of the table it covers; merges above the header (a title), within
 * one row, or holding a sign-off line or note below the table (注：… or
 * 1. 本表… wrapped over two rows; signOff.ts, not data) are not.
 */
function mergedDown(
  spec: TableSpec,
  where: { file: string; sheet: string },
  header: readonly string[],
  headerRow: number,
  merges: readonly CellRange[],
  rows: readonly XlsxRow[],
): Problem[] {
  const problems: Problem[] = [];
  const byNumber = new Map(rows.map((r) => [r.row, r]));
  for (const range of merges) {
    if (range.first.row <= headerRow || range.last.row === range.first.row) continue;
    const firstRow = byNumber.get(range.first.row);
    const firstText = firstRow?.cells.find((c) => c !== undefined && c.text.trim() !== '')?.text ?? '';
    if (isSignOff(firstText) || isFootnote(firstText)) continue;
    for (let i = range.first.column; i <= Math.min(range.last.column, header.length - 1); i++) {
      const column = findColumn(spec, header[i] ?? '');
      if (!column) continue;
      const ref = `${columnLetters(range.first.column)}${range.first.row}:${columnLetters(range.last.column)}${range.last.row}`;
      problems.push({
        file: where.file,
        sheet: where.sheet,
        row: range.first.row,
        column: column.name,
        ...explain(message('sheet.merged_down', { range: ref, rows: range.last.row - range.first.row + 1 }), message('sheet.merged_down_expected')),
        severity: 'error',
      });
    }
  }
  return problems;
}

/**
 * Null when the sheet has no non-empty row at all. The header is the first
 * row that names the table's columns (csvHeader.ts, findHeaderRow): a title
 * row (often one merged cell) and a `单位：万元` line above it are skipped.
 * Columns run to the last one with content in any row; those without a name
 * are not read (stage.ts says so when they hold anything).
 */
/**
 * Data rows hidden in Excel (by hand, or filtered out) are read as data, and
 * said so once: a reader who filtered a table to the rows that count would
 * otherwise not know the others counted too.
 */
function hiddenRows(where: { file: string; sheet: string }, data: readonly XlsxRow[]): Problem[] {
  const hidden = data.filter((r) => r.hidden === true && !isEmptyRow(r)).map((r) => r.row);
  if (hidden.length === 0) return [];
  return [{ file: where.file, sheet: where.sheet, row: hidden[0] ?? null, column: null, ...explain(message('sheet.hidden_rows', { rows: rowList(hidden) }), message('sheet.hidden_rows_expected')), severity: 'warning' }];
}

/** Columns where a percentage's number is not what was meant: 5% of a yuan is not an amount of 0.05 yuan (a factor's 30% is 0.3, and stays the number). */
const NO_PERCENT: ReadonlySet<ColumnSpec['kind']> = new Set(['money', 'count']);

/**
 * A number cell shown as a date, a time or a percentage, as the user sees
 * it: in a text column the date is the text (2024-12-31, not 45657); in a
 * quarter, a code, an amount, it is refused as the date it is (columnRules.ts,
 * describeInvalid), never read as the serial number nobody typed. An ID
 * stays its number: a real one is past any date, and is judged as a number.
 */
function shownText(cell: XlsxCell, column: ColumnSpec, date1904: boolean, headerInWan: boolean): string {
  // An amount typed in 万 (its format adds the unit): written with its unit, which the amount's rule refuses, naming
  // where the unit goes (columnRules.ts) — read as it is it was yuan, 10,000 times too small. A header in 万 already says it.
  if (cell.shown === 'wan') return column.kind === 'money' && !headerInWan && /^-?\d+(\.\d+)?$/.test(cell.text) ? `${cell.text}万元` : cell.text;
  if (cell.shown === 'percent') {
    if (!NO_PERCENT.has(column.kind) || !/^-?\d+(\.\d+)?$/.test(cell.text)) return cell.text;
    return `${new Dec(cell.text).times(100).toString()}%`;
  }
  if (cell.shown === undefined || column.kind === 'person_id') return cell.text;
  return excelSerialText(cell.text, cell.shown, date1904) ?? cell.text;
}

export function sheetToCsv(
  spec: TableSpec,
  where: { file: string; sheet: string },
  rows: readonly XlsxRow[],
  date1904: boolean,
  merges: readonly CellRange[] = [],
): SheetCsv | null {
  const filled = rows.filter((r) => !isEmptyRow(r));
  if (filled.length === 0) return null;
  const { index, upper } = findHeaderRow(spec, filled.map(rowCells));
  const upperRow = upper === null ? null : (filled[upper] as XlsxRow);
  const headerRowData = upperRow === null ? (filled[index] as XlsxRow) : combinedRow(upperRow, filled[index] as XlsxRow);
  const upperHeader = upperRow === null ? null : { row: upperRow.row, cells: rowCells(upperRow) };
  const above = filled.slice(0, upper ?? index).map(rowCells);
  const data = filled.slice(index + 1);
  const lastFilled = (row: XlsxRow): number => {
    for (let i = row.cells.length - 1; i >= 0; i--) if ((row.cells[i]?.text.trim() ?? '') !== '') return i;
    return -1;
  };
  // A loop, not Math.max(...rows): a spread of a big sheet's rows (~120,000) overflows the stack.
  let width = lastFilled(headerRowData) + 1;
  for (const row of data) width = Math.max(width, lastFilled(row) + 1);
  const headerWidth = lastFilled(headerRowData) + 1;
  if (headerWidth > MAX_HEADER_CELLS) {
    // Refused by its width before any row is read (csvHeader.ts, mapHeader): no rows written, which that wide would not fit in memory.
    const header = Array.from({ length: headerWidth }, (_, i) => headerRowData.cells[i]?.text.trim() ?? '');
    return { text: `${[...header, '_row'].map(quoteCsvCell).join(',')}\n`, header, headerRow: headerRowData.row, above: [], upperHeader, problems: [] };
  }
  if (width > headerWidth + MAX_HEADER_CELLS) {
    // A stray cell far right (XFD): every row written that wide would not fit in memory. Refused at the cell; no rows written.
    const row = data.find((r) => lastFilled(r) >= headerWidth + MAX_HEADER_CELLS) as XlsxRow;
    const header = Array.from({ length: headerWidth }, (_, i) => headerRowData.cells[i]?.text.trim() ?? '');
    const cell = `${columnLetters(lastFilled(row))}${row.row}`;
    const problem: Problem = {
      file: where.file,
      sheet: where.sheet,
      row: row.row,
      column: null,
      ...explain(message('sheet.cell_far_right', { cell, limit: MAX_HEADER_CELLS }), expectedHeader(spec)),
      severity: 'error',
    };
    return { text: `${[...header, '_row'].map(quoteCsvCell).join(',')}\n`, header, headerRow: headerRowData.row, above: [], upperHeader, problems: [problem] };
  }
  const header = Array.from({ length: width }, (_, i) => headerRowData.cells[i]?.text.trim() ?? '');
  const dateColumns = new Set(header.flatMap((cell, i) => (findColumn(spec, cell)?.kind === 'date' ? [i] : [])));

  const problems = [...mergedDown(spec, where, header, headerRowData.row, merges, data), ...hiddenRows(where, data)];
  const lines = [[...header, '_row'].map(quoteCsvCell).join(',')];
  const columns = header.map((cell) => findColumn(spec, cell));
  // The table's unit said above the header (单位：万元, or in the upper of two header rows) or in a column's name (金额（万元）): a cell shown in 万 agrees with it.
  const aboveInWan = filled.slice(0, index).some((r) => r.cells.some((c) => c?.text.includes('万') === true));
  const inWan = header.map((cell) => aboveInWan || cell.includes('万'));
  for (const row of data) {
    const cells = header.map((_, i) => {
      const cell = row.cells[i];
      if (!cell) return '';
      const column = columns[i];
      if (cell.error && column?.kind === 'text') {
        // Any text is a valid name, so the value check would take "#N/A" as one: refused here (an ID's check refuses it, personId.ts).
        problems.push({
          file: where.file,
          sheet: where.sheet,
          row: row.row,
          column: column.name,
          ...explain(message('cell.excel_error', { label: column.label, value: cell.text }), expectedValue(column)),
          severity: 'error',
        });
      }
      if (cell.numeric && dateColumns.has(i)) return excelSerialDate(cell.text, date1904) ?? cell.text;
      if (cell.shown && column) return shownText(cell, column, date1904, inWan[i] === true);
      return cell.text;
    });
    lines.push([...cells, String(row.row)].map(quoteCsvCell).join(','));
  }
  return { text: `${lines.join('\n')}\n`, header, headerRow: headerRowData.row, above, upperHeader, problems };
}
