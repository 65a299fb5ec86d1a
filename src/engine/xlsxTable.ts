// One workbook sheet as CSV text, so a sheet is staged, validated and
// reported exactly like a CSV file. The header is the first non-empty row;
// empty rows are dropped; each CSV record carries the Excel row number in a
// last column so that problems point at the row the user sees in Excel.
// Date columns holding Excel serial numbers become YYYY-MM-DD here, because
// only here is it known that the number is a date.
import type { TableSpec } from './contract';
import { findColumn } from './csvHeader';
import { explain, type Problem } from './problems';
import { excelSerialDate, type XlsxRow } from './xlsx';

export interface SheetCsv {
  /** CSV text: header cells, then `_row`; every record ends with its Excel row number. */
  text: string;
  header: string[];
  headerRow: number;
  problems: Problem[];
}

export function quoteCsvCell(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function isEmptyRow(row: XlsxRow): boolean {
  return row.cells.every((c) => c === undefined || c.text.trim() === '');
}

/** Null when the sheet has no non-empty row at all. */
export function sheetToCsv(
  spec: TableSpec,
  where: { file: string; sheet: string },
  rows: readonly XlsxRow[],
  date1904: boolean,
): SheetCsv | null {
  const filled = rows.filter((r) => !isEmptyRow(r));
  const headerRowData = filled[0];
  if (!headerRowData) return null;
  const header: string[] = [];
  headerRowData.cells.forEach((c, i) => {
    header[i] = c?.text.trim() ?? '';
  });
  while (header.length > 0 && header.at(-1) === '') header.pop();
  for (let i = 0; i < header.length; i++) header[i] ??= '';
  const dateColumns = new Set(header.flatMap((cell, i) => (findColumn(spec, cell)?.kind === 'date' ? [i] : [])));

  const problems: Problem[] = [];
  const lines = [[...header, '_row'].map(quoteCsvCell).join(',')];
  for (const row of filled.slice(1)) {
    const cells = header.map((_, i) => {
      const cell = row.cells[i];
      if (!cell) return '';
      if (cell.numeric && dateColumns.has(i)) return excelSerialDate(cell.text, date1904) ?? cell.text;
      return cell.text;
    });
    const outside = row.cells.findIndex((c, i) => i >= header.length && c !== undefined && c.text.trim() !== '');
    if (outside >= 0) {
      problems.push({
        file: where.file,
        sheet: where.sheet,
        row: row.row,
        column: null,
        ...explain(
          { zh: `第${outside + 1}列有内容，但表头只有 ${header.length} 列`, en: `Column ${outside + 1} has content, but the header has only ${header.length} columns` },
          { zh: '数据只在有表头的列中', en: 'data only in columns with a header' },
        ),
        severity: 'error',
      });
    }
    lines.push([...cells, String(row.row)].map(quoteCsvCell).join(','));
  }
  return { text: `${lines.join('\n')}\n`, header, headerRow: headerRowData.row, problems };
}
