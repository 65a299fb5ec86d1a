// Found by the sweep of unseen input: a workbook written by a program
// (openpyxl, a report generator) holds formulas without their values until
// Excel opens and saves it. Such a cell read as empty ("金额为空") while the
// user sees a figure in Excel; it now reads as its formula, which the
// contract refuses naming the cell.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/engine/formats/xlsx';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { tinyWith, useEngine } from './harness';

function balancesWorkbook(cells: string): Uint8Array {
  const header = ['year', 'region_code', 'fund', 'opening_balance'].map((h, i) => `<c r="${'ABCD'[i]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('');
  const text = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const sheet = `<worksheet><sheetData><row r="1">${header}</row><row r="2">${text('A2', '2024')}${text('B2', '150100')}${text('C2', 'resident')}${cells}</row></sheetData></worksheet>`;
  return zipSync({
    'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="fund_balances" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}

describe('formulas in a workbook', () => {
  const engine = useEngine();

  it('reads a formula with its cached value as the value, one without as its formula', () => {
    const cell = (xml: string) => readXlsx(balancesWorkbook(xml)).sheets[0]?.rows[1]?.cells[3];
    expect(cell('<c r="D2"><f>1000+234.5</f><v>1234.5</v></c>')).toEqual({ text: '1234.5', numeric: true });
    expect(cell('<c r="D2"><f>SUM(E2:F2)</f></c>')).toEqual({ text: '=SUM(E2:F2)', numeric: false });
    expect(cell('<c r="D2"><f t="shared" si="0"/></c>')).toEqual({ text: '=…', numeric: false });
    // A formula whose value is the empty text is empty.
    expect(cell('<c r="D2" t="str"><f>""</f><v></v></c>')).toEqual({ text: '', numeric: false });
    // openpyxl writes a formula it cannot compute with an empty value (<v/>, <v></v>): no result, not an empty cell.
    expect(cell('<c r="D2"><f>DATE(2021,10,26)</f><v/></c>')).toEqual({ text: '=DATE(2021,10,26)', numeric: false });
    expect(cell('<c r="D2"><f>603160.59*1</f><v></v></c>')).toEqual({ text: '=603160.59*1', numeric: false });
  });

  it('refuses an optional date written as a formula without a result (openpyxl) rather than reading it as empty', async () => {
    // Read as empty, the transfer had no received date: its money counted as not arrived, with no word said.
    const header = ['transfer_id', 'year', 'fund', 'from_level', 'to_region_code', 'kind', 'amount', 'issued_date', 'received_date'];
    const text = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const values = ['T1', '2024', 'assistance', 'central', '150100', 'formal', '1234.50', '2024-01-15'];
    const row2 = values.map((v, i) => text(`${'ABCDEFGHI'[i]}2`, v)).join('') + '<c r="I2"><f>DATE(2024,2,20)</f><v/></c>';
    const sheet = `<worksheet><sheetData><row r="1">${header.map((h, i) => text(`${'ABCDEFGHI'[i]}1`, h)).join('')}</row><row r="2">${row2}</row></sheetData></worksheet>`;
    const book = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="transfers" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    });
    const report = await loadDataset(engine(), await tinyWith({ name: 'transfers.xlsx', bytes: book }));
    expect(report.ok).toBe(false);
    const said = report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p));
    expect(said).toEqual([expect.stringMatching(/^transfers\.xlsx · transfers · 第2行 · received_date · .*"=DATE\(2024,2,20\)"是没有计算结果的公式/)]);
  });

  it('refuses an amount that is a formula without its value, naming the cell and the formula', async () => {
    const files = await tinyWith({ name: 'fund_balances.xlsx', bytes: balancesWorkbook('<c r="D2"><f>SUM(E2:F2)</f></c>') });
    const report = await loadDataset(engine(), files.filter((f) => f.name !== 'fund_balances.csv'));
    expect(report.ok).toBe(false);
    const said = report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p));
    expect(said).toEqual(['fund_balances.xlsx · fund_balances · 第2行 · opening_balance · 年初累计结余"=SUM(E2:F2)"是没有计算结果的公式（用 Excel 或 WPS 打开并保存后再载入） · 应为：以元为单位、最多两位小数的金额（可为负），如 -1234.50']);
  });
});
