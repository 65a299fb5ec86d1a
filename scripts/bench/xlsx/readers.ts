// The three XLSX readers compared in `npm run bench -- --only=xlsx`, each
// turning a workbook's first sheet into a grid of cell texts the same way:
// text as text, a number as the decimal text our loader reads (excelNumberText:
// at most 15 significant digits, no exponent), a date as its serial day number
// (the loader turns it into YYYY-MM-DD in a date column), a formula as its
// value, an empty cell as ''. Each library is imported only when asked for, so
// a child process or a browser worker holds only the one it measures (ours
// is always there: its number text is every adapter's).
// Each adapter uses its library's documented plain-value API and nothing
// more: where a library's values differ from the cells the writer put (the
// corpus), the difference is the library's, and the report names it.
import { excelNumberText, readXlsx } from '../../../src/engine/formats/xlsx';

export const LIBRARIES = ['ours', 'sheetjs', 'exceljs'] as const;
export type Library = (typeof LIBRARIES)[number];

export const LIBRARY_NAMES: Record<Library, string> = {
  ours: 'ours (fflate + XML scanner)',
  sheetjs: 'SheetJS xlsx 0.18.5 (npm)',
  exceljs: 'exceljs 4.4.0',
};

export type Grid = string[][];

const numberText = (n: number): string => excelNumberText(String(n));

/** Days since 1899-12-30, Excel's serial day number of a Date at UTC midnight. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const serialOf = (d: Date): string => numberText((d.getTime() - EXCEL_EPOCH_MS) / 86_400_000);

function put(grid: Grid, row: number, column: number, text: string): void {
  if (text === '') return;
  while (grid.length <= row) grid.push([]);
  const line = grid[row] as string[];
  while (line.length < column) line.push('');
  line[column] = text;
}

/** Rows and cells up to the last non-empty one, every gap ''. */
export function trimGrid(grid: Grid): Grid {
  const rows = grid.map((r) => {
    const out = Array.from({ length: r.length }, (_, i) => r[i] ?? '');
    while (out.length > 0 && out.at(-1) === '') out.pop();
    return out;
  });
  while (rows.length > 0 && rows.at(-1)?.length === 0) rows.pop();
  return rows;
}

function readOurs(bytes: Uint8Array): Grid {
  const sheet = readXlsx(bytes).sheets[0];
  const grid: Grid = [];
  for (const row of sheet?.rows ?? []) row.cells.forEach((cell, column) => put(grid, row.row - 1, column, cell?.text ?? ''));
  return grid;
}

async function readSheetJs(bytes: Uint8Array): Promise<Grid> {
  const XLSX = await import('xlsx');
  const workbook = XLSX.read(bytes, { type: 'array', cellDates: false, cellNF: false, cellText: false, cellHTML: false, cellStyles: false });
  const name = workbook.SheetNames[0];
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  const grid: Grid = [];
  const ref = sheet?.['!ref'];
  if (!sheet || !ref) return grid;
  const range = XLSX.utils.decode_range(ref);
  for (let r = range.s.r; r <= range.e.r; r++) {
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })] as { t: string; v?: unknown } | undefined;
      if (!cell || cell.v === undefined || cell.v === null) continue;
      const v = cell.v;
      put(grid, r, c, typeof v === 'number' ? numberText(v) : v instanceof Date ? serialOf(v) : typeof v === 'boolean' ? String(v) : String(v as string));
    }
  }
  return grid;
}

type ExcelValue = null | undefined | number | string | boolean | Date | { [key: string]: unknown };

function exceljsText(value: ExcelValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return serialOf(value);
  if ('result' in value) return exceljsText(value.result as ExcelValue);
  if ('richText' in value) return (value.richText as { text: string }[]).map((run) => run.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

async function readExcelJs(bytes: Uint8Array): Promise<Grid> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // Under Node exceljs wants a Buffer; in the browser an ArrayBuffer.
  const data = typeof Buffer === 'undefined' ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await workbook.xlsx.load(data as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const grid: Grid = [];
  sheet?.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => put(grid, r - 1, c - 1, exceljsText(cell.value as ExcelValue)));
  });
  return grid;
}

export async function readGrid(library: Library, bytes: Uint8Array): Promise<Grid> {
  switch (library) {
    case 'ours':
      return readOurs(bytes);
    case 'sheetjs':
      return readSheetJs(bytes);
    case 'exceljs':
      return readExcelJs(bytes);
  }
}

/** Where two grids first differ, or null when they hold the same cells. */
export function firstDifference(expected: Grid, got: Grid): { row: number; column: number; expected: string; got: string; cells: number } | null {
  const a = trimGrid(expected);
  const b = trimGrid(got);
  let first: { row: number; column: number; expected: string; got: string } | null = null;
  let cells = 0;
  for (let r = 0; r < Math.max(a.length, b.length); r++) {
    const ra = a[r] ?? [];
    const rb = b[r] ?? [];
    for (let c = 0; c < Math.max(ra.length, rb.length); c++) {
      if ((ra[c] ?? '') !== (rb[c] ?? '')) {
        cells += 1;
        first ??= { row: r + 1, column: c + 1, expected: ra[c] ?? '', got: rb[c] ?? '' };
      }
    }
  }
  return first ? { ...first, cells } : null;
}
