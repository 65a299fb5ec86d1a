// One workbook sheet as CSV text (src/engine/formats/xlsxTable.ts).
import { describe, expect, it } from 'vitest';
import { CONTRACT } from '../../src/engine/contract/contract';
import { sheetToCsv } from '../../src/engine/formats/xlsxTable';
import { readXlsx, type XlsxRow } from '../../src/engine/formats/xlsx';
import { exportXlsx } from '../../src/engine/export/exportTable';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { formatProblem } from '../../src/engine/ingest/problems';

const REGIONS = CONTRACT.find((t) => t.name === 'regions')!;
const text = (t: string): { text: string; numeric: boolean } => ({ text: t, numeric: false });

describe('sheetToCsv', () => {
  it('takes a sheet of 300,000 rows (a roster of a city) without running out of stack', () => {
    // The width was Math.max(...every row): past ~120,000 arguments, "Maximum call stack size exceeded".
    const rows: XlsxRow[] = [{ row: 1, cells: ['region_code', 'name', 'level', 'parent_code', 'tier'].map(text) }];
    for (let i = 2; i <= 300_001; i++) rows.push({ row: i, cells: [text('150102'), text(`n${i}`), text('county')] });
    rows[5] = { row: 6, cells: [text('150102'), text('n6'), text('county'), undefined, undefined, text('备注')] };
    const csv = sheetToCsv(REGIONS, { file: 'regions.xlsx', sheet: 'regions' }, rows, false);
    expect(csv?.header).toEqual(['region_code', 'name', 'level', 'parent_code', 'tier', '']);
    const lines = csv?.text.split('\n') ?? [];
    expect(lines.length).toBe(300_002);
    expect(lines[5]).toBe('"150102","n6","county","","","备注","6"');
    expect(lines.at(-2)).toBe('"150102","n300001","county","","","","300001"');
  });

  it('refuses a stray cell far right of the header (XFD) at its cell, without writing rows 16,384 cells wide (out of memory)', () => {
    const rows: XlsxRow[] = [{ row: 1, cells: ['region_code', 'name', 'level'].map(text) }];
    for (let i = 2; i <= 200_001; i++) rows.push({ row: i, cells: [text('150102'), text(`n${i}`), text('county')] });
    const far: XlsxRow['cells'] = [text('150103'), text('x'), text('county')];
    far[16_383] = text('备注');
    rows[3] = { row: 4, cells: far };
    const csv = sheetToCsv(REGIONS, { file: 'regions.xlsx', sheet: 'regions' }, rows, false);
    expect(csv?.text).toBe('"region_code","name","level","_row"\n');
    expect(csv?.problems.map((p) => formatProblem(p))).toEqual([
      'regions.xlsx · regions · 第4行 · 单元格 XFD4 有内容，远在表头之外（表头以右 1,000 列以内才读取） · 应为：表头为 region_code,name,level,parent_code,tier（或中文 区划代码,名称,级别,上级区划代码,地区类别）',
    ]);
  });

  it('writes no rows under a header wider than the limit, which the header check refuses', () => {
    const header: XlsxRow['cells'] = ['region_code', 'name', 'level'].map(text);
    header[16_383] = text('备注');
    const rows: XlsxRow[] = [{ row: 1, cells: header }, { row: 2, cells: [text('150102'), text('n'), text('county')] }];
    const csv = sheetToCsv(REGIONS, { file: 'regions.xlsx', sheet: 'regions' }, rows, false);
    expect(csv?.header.length).toBe(16_384);
    expect(csv?.text.split('\n').length).toBe(2);
  });

  it('refuses a cell merged down over data rows (a city\'s tier merged over its counties): only its first row holds the value, the rest read empty', () => {
    const rows: XlsxRow[] = [
      { row: 1, cells: [text('报表')] },
      { row: 2, cells: ['region_code', 'name', 'level', 'parent_code', 'tier'].map(text) },
      { row: 3, cells: [text('150102'), text('新城区'), text('county'), text('150100'), text('2')] },
      { row: 4, cells: [text('150103'), text('回民区'), text('county'), text('150100')] },
      { row: 5, cells: [text('150104'), text('玉泉区'), text('county'), text('150100')] },
    ];
    // The title merged across (A1:E1) and a merge within one data row are not refused; E3:E5 is.
    const merges = [
      { first: { row: 1, column: 0 }, last: { row: 1, column: 4 } },
      { first: { row: 3, column: 4 }, last: { row: 5, column: 4 } },
      { first: { row: 4, column: 1 }, last: { row: 4, column: 2 } },
    ];
    const csv = sheetToCsv(REGIONS, { file: 'regions.xlsx', sheet: 'regions' }, rows, false, merges);
    expect(csv?.problems.map((p) => formatProblem(p))).toEqual([
      'regions.xlsx · regions · 第3行 · tier · 合并单元格 E3:E5 跨了 3 行：只有第一行有值，其余各行读作空 · 应为：每行各填一个值（取消合并后向下填充）',
    ]);
  });

  it('refuses an Excel error value (#N/A of a failed lookup) in a text column, where any text is valid: a name or an ID of "#N/A"', () => {
    const rows: XlsxRow[] = [
      { row: 1, cells: ['region_code', 'name', 'level', 'parent_code', 'tier'].map(text) },
      { row: 2, cells: [text('150102'), { text: '#N/A', numeric: false, error: true }, text('county'), text('150100')] },
      { row: 3, cells: [text('150103'), text('回民区'), text('county'), text('150100'), { text: '#REF!', numeric: false, error: true }] },
    ];
    const csv = sheetToCsv(REGIONS, { file: 'regions.xlsx', sheet: 'regions' }, rows, false);
    // The tier's #REF! is not one of 1|2|3: the value check names it, once.
    expect(csv?.problems.map((p) => formatProblem(p))).toEqual(['regions.xlsx · regions · 第2行 · name · 名称"#N/A"是 Excel 的错误值（公式没有算出结果） · 应为：非空文本']);
  });

  it('reads rows hidden in Excel (by hand or filtered out) as data, and says so once, listing them as ranges', () => {
    const rows: XlsxRow[] = [{ row: 1, cells: ['region_code', 'name', 'level', 'parent_code', 'tier'].map(text) }];
    for (let i = 2; i <= 12; i++) rows.push({ row: i, cells: [text(`1501${String(i).padStart(2, '0')}`), text(`n${i}`), text('county')], ...(i >= 4 ? { hidden: true } : {}) });
    const csv = sheetToCsv(REGIONS, { file: 'regions.xlsx', sheet: 'regions' }, rows, false);
    expect(csv?.text.split('\n').length).toBe(13);
    expect(csv?.problems.map((p) => `${p.severity} ${formatProblem(p)}`)).toEqual([
      // Rows 4 to 12 read as one range (rowList.ts): the first five were listed, 第4、5、6、7、8行等.
      'warning regions.xlsx · regions · 第4行 · 有 9 行在 Excel 中隐藏（或被筛选掉），已照常读取：第4–12行 · 应为：隐藏或筛选掉的行也是数据；不应计入的行请删除，而不是隐藏',
    ]);
  });

  it('knows a row hidden in the workbook file (hidden="1")', () => {
    const parts = unzipSync(exportXlsx([{ name: 'regions', columns: [{ key: 'a', label: 'region_code' }], rows: [{ a: '150102' }, { a: '150103' }] }]));
    const sheet = Object.keys(parts).find((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))!;
    parts[sheet] = strToU8(strFromU8(parts[sheet]!).replace('<row r="3"', '<row r="3" hidden="1"'));
    const read = readXlsx(zipSync(parts)).sheets[0]!.rows;
    expect(read.map((r) => `${r.row}${r.hidden ? ' hidden' : ''}`)).toEqual(['1', '2', '3 hidden']);
  });
});
