// The three XLSX writers compared: the same table (header and rows of text)
// written as one sheet, the numeric columns (序号, 金额) as number cells and
// the rest as text. Ours is the page's exporter (src/engine/export/exportTable.ts):
// numbers keep their decimal text; SheetJS and exceljs take JS numbers.
import { exportXlsx } from '../../../src/engine/export/exportTable';
import type { Library } from './readers';

const NUMERIC = new Set(['序号', '金额']);

export async function writeWorkbook(library: Library, header: readonly string[], rows: readonly string[][]): Promise<Uint8Array> {
  const numeric = header.map((h) => NUMERIC.has(h));
  if (library === 'ours') {
    const columns = header.map((h, i) => ({ key: String(i), label: h, numeric: numeric[i] ?? false }));
    return exportXlsx([{ name: 'fund_flows', columns, rows: rows.map((r) => Object.fromEntries(r.map((cell, i) => [String(i), cell === '' ? null : cell]))) }]);
  }
  const values = rows.map((r) => r.map((cell, i) => (cell === '' ? null : numeric[i] ? Number(cell) : cell)));
  if (library === 'sheetjs') {
    const XLSX = await import('xlsx');
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([[...header], ...values]), 'fund_flows');
    return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('fund_flows');
  sheet.addRow([...header]);
  sheet.addRows(values);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
