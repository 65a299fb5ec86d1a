// A one-sheet workbook of inline strings, as the tests of staging's row rules
// write them: empty cells left out (office tools do: each cell says where it
// is), with merged ranges (A1:G1 style) when given.
import { strToU8, zipSync } from 'fflate';
import type { DatasetFile } from '../../src/engine/formats/files';

export function inlineWorkbook(table: string, rows: readonly (readonly string[])[], merges: readonly string[] = []): DatasetFile {
  const cell = (c: string, column: number, row: number): string => (c === '' ? '' : `<c r="${String.fromCharCode(65 + column)}${row}" t="inlineStr"><is><t>${c}</t></is></c>`);
  const mergeXml = merges.length === 0 ? '' : `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
  const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows
    .map((r, i) => `<row r="${i + 1}">${r.map((c, j) => cell(c, j, i + 1)).join('')}</row>`)
    .join('')}</sheetData>${mergeXml}</worksheet>`;
  const bytes = zipSync({
    'xl/workbook.xml': strToU8(`<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${table}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
  return { name: `${table}.xlsx`, bytes };
}
