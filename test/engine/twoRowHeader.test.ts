// A header over two rows, as office tools make it with merged cells: a name
// merged down over both rows (季度) leaves the lower cell empty, a group
// title merged across (收支情况 over 收支方向 | 项目 | 资金来源级次) leaves the
// upper cells right of it empty, and the columns' own names are in the lower
// row. Saved as CSV or read from the XLSX, such a table was refused, every
// column named only in the lower row "missing". Now the two rows are read as
// one header, column by column, with a notice naming them; the figures are
// the plain file's, to the fen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { csvHeadTable } from '../../src/engine/formats/headerTable';
import { combinedHeader } from '../../src/engine/formats/csvHeader';
import { Dec } from '../../src/domain/money';
import { inlineWorkbook as workbook } from './inlineWorkbook';
import { csv, TINY_DIR, tinyWith, useEngine } from './harness';

const tiny = (name: string): string => readFileSync(join(TINY_DIR, name), 'utf8');

describe('a header over two rows (merged cells)', () => {
  const engine = useEngine();
  // tiny's fund_flows: quarter,region_code,fund,direction,item,source_level,amount, then 39 rows.
  const [, ...dataLines] = tiny('fund_flows.csv').replace(/\n+$/, '').split('\n');
  const data = dataLines.join('\n');
  const dataRows = dataLines.length;
  let plain: unknown;

  const flows = async (): Promise<unknown> =>
    engine().query('SELECT quarter, region_code, fund, direction, item, source_level, CAST(amount AS VARCHAR) AS amount FROM fund_flows ORDER BY ALL');
  const total = async (): Promise<string> => String((await engine().query('SELECT CAST(sum(amount) AS VARCHAR) AS s FROM fund_flows'))[0]?.s);
  const loadFlows = async (file: Parameters<typeof tinyWith>[0]): Promise<Awaited<ReturnType<typeof loadDataset>>> => {
    const files = (await tinyWith()).filter((f) => f.name !== 'fund_flows.csv');
    return loadDataset(engine(), [...files, file]);
  };

  beforeAll(async () => {
    expect((await loadDataset(engine(), await tinyWith())).ok).toBe(true);
    plain = await flows();
    expect((plain as unknown[]).length).toBe(dataRows);
    expect(await total()).toBe('23196234.90');
  });

  it('reads a CSV whose column names are split over two rows, and says so naming both rows', async () => {
    const text = `季度,区划代码,基金,收支情况,,,金额\n,,,收支方向,项目,资金来源级次,\n${data}\n`;
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', text)));
    expect(report.problems.map((p) => formatProblem(p))).toEqual([
      'fund_flows.csv · 第1行 · 表头占两行（第1、2行，合并单元格）：两行逐列合并为一行表头读取（下一行有列名处取下一行的，否则取上一行的），数据从第3行起 · 应为：一行表头，每列一个列名；两行表头逐列合并后须写全各列',
    ]);
    expect(formatProblem(report.problems[0]!, 'en')).toBe(
      "fund_flows.csv · row 1 · The header spans two rows (rows 1 and 2, merged cells): read as one, column by column (the lower row's name where it has one, else the upper row's); data starts at row 3 · expected: one header row, a name for each column; a header of two rows must name every column once combined",
    );
    expect(report.problems[0]?.severity).toBe('warning');
    expect(report.ok).toBe(true);
    expect(await flows()).toEqual(plain);
    expect(await total()).toBe('23196234.90');
  });

  it('numbers the rows under a title as the file does: a problem in the data is at its own row', async () => {
    // The title is row 1, the header rows 2–3, data from row 4: the 5th data row's amount made invalid is row 8.
    const lines = [...dataLines];
    lines[4] = lines[4]!.replace(/,[^,]*$/, ',12.345');
    const text = `2024年基金收支情况表,,,,,,\n季度,区划代码,基金,收支情况,,,金额\n,,,收支方向,项目,资金来源级次,\n${lines.join('\n')}\n`;
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', text)));
    expect(report.ok).toBe(false);
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.row, p.column])).toEqual([[8, 'amount']]);
    const notices = report.problems.filter((p) => p.severity !== 'error').map((p) => p.problem.code);
    expect(notices).toEqual(['header.rows_skipped', 'header.two_rows']);
    // The titles skipped are above the upper header row, which the notice names.
    expect(formatProblem(report.problems.find((p) => p.problem.code === 'header.rows_skipped')!)).toBe(
      'fund_flows.csv · 第2行 · 表头在第2行，上方 1 行已跳过："2024年基金收支情况表" · 应为：标题、单位等说明行在表头之上（不作为数据）',
    );
  });

  it('reads three column groups, the money unit stated in a group title hidden under the lower row (万元)', async () => {
    // 基本信息 over quarter | region | fund, 收支情况（单位：万元） over direction | item | source level, 金额 merged down.
    const text = `基本信息,,,收支情况（单位：万元）,,,金额\n季度,区划代码,基金,收支方向,项目,资金来源级次,\n${data}\n`;
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', text)));
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // The opening balances (yuan) no longer agree with flows ten thousand times bigger: that notice is not this test's.
    expect(report.problems.map((p) => p.problem.code).filter((c) => c !== 'check.opening_balance')).toEqual(['header.unit_converted', 'header.two_rows']);
    expect(report.ok).toBe(true);
    // Read as yuan the amounts would be 10,000 times too small, without a word: they are 万元, to the fen.
    expect(await total()).toBe('231962349000.00');
    const rows = (await flows()) as { amount: string }[];
    expect(rows.map((r) => r.amount)).toEqual((plain as { amount: string }[]).map((r) => new Dec(r.amount).times(10000).toFixed(2)));
  });

  it('reads the same header tab-separated (Excel "Unicode text")', async () => {
    const text = `季度\t区划代码\t基金\t收支情况\t\t\t金额\n\t\t\t收支方向\t项目\t资金来源级次\t\n${data.replace(/,/g, '\t')}\n`;
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', text)));
    expect(report.problems.map((p) => p.problem.code)).toEqual(['header.two_rows']);
    expect(await flows()).toEqual(plain);
  });

  it('reads an XLSX sheet with merged header cells, under a merged title', async () => {
    const rows = dataLines.map((l) => l.split(','));
    const sheet = [
      ['2024年第四季度 基金收支情况表'],
      ['季度', '区划代码', '基金', '收支情况', '', '', '金额'],
      ['', '', '', '收支方向', '项目', '资金来源级次', ''],
      ...rows,
    ];
    const merges = ['A1:G1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:F2', 'G2:G3'];
    const report = await loadFlows(workbook('fund_flows', sheet, merges));
    expect(report.problems.map((p) => formatProblem(p))).toEqual([
      'fund_flows.xlsx · fund_flows · 第2行 · 表头在第2行，上方 1 行已跳过："2024年第四季度 基金收支情况表" · 应为：标题、单位等说明行在表头之上（不作为数据）',
      'fund_flows.xlsx · fund_flows · 第2行 · 表头占两行（第2、3行，合并单元格）：两行逐列合并为一行表头读取（下一行有列名处取下一行的，否则取上一行的），数据从第4行起 · 应为：一行表头，每列一个列名；两行表头逐列合并后须写全各列',
    ]);
    expect(report.ok).toBe(true);
    expect(await flows()).toEqual(plain);
    expect(await total()).toBe('23196234.90');
  });

  it('points a problem in an XLSX sheet under a two-row header at its Excel row', async () => {
    const rows = dataLines.map((l) => l.split(','));
    rows[0]![6] = '-5';
    const sheet = [['季度', '区划代码', '基金', '收支情况', '', '', '金额'], ['', '', '', '收支方向', '项目', '资金来源级次', ''], ...rows];
    const report = await loadFlows(workbook('fund_flows', sheet, ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2']));
    expect(report.ok).toBe(false);
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.column])).toEqual([[3, 'amount']]);
  });

  it('refuses a two-row header that still lacks a column, naming it and both rows (CSV)', async () => {
    // The item column is not there at all, and 来源层级 is no name of the contract's.
    const text = `季度,区划代码,基金,收支情况,,\n,,,收支方向,来源层级,金额\n2024Q1,150102,assistance,income,central,100.00\n`;
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', text)));
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => formatProblem(p))).toEqual([
      'fund_flows.csv · 第2行 · item · 缺少列"item"（项目）：表头似乎占两行（第1、2行，合并单元格），两行逐列合并后仍没有这一列 · 应为：表头为 quarter,region_code,fund,direction,item,source_level,amount（或中文 季度,区划代码,基金,收支方向,项目,资金来源级次,金额）',
    ]);
    expect(formatProblem(report.problems[0]!, 'en')).toBe(
      'fund_flows.csv · row 2 · item · Column "item" is missing: the header seems to span two rows (rows 1 and 2, merged cells), and combined column by column they still do not name it · expected: the header quarter,region_code,fund,direction,item,source_level,amount (or the Chinese column names)',
    );
  });

  it('refuses it in an XLSX sheet the same way, with the Excel rows', async () => {
    const sheet = [['2024年基金收支表'], ['季度', '区划代码', '基金', '收支情况', '', '金额'], ['', '', '', '收支方向', '资金来源级次', ''], ['2024Q1', '150102', 'assistance', 'income', 'central', '100.00']];
    const report = await loadFlows(workbook('fund_flows', sheet, ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3']));
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => formatProblem(p))).toEqual([
      'fund_flows.xlsx · fund_flows · 第3行 · item · 缺少列"item"（项目）：表头似乎占两行（第2、3行，合并单元格），两行逐列合并后仍没有这一列 · 应为：表头为 quarter,region_code,fund,direction,item,source_level,amount（或中文 季度,区划代码,基金,收支方向,项目,资金来源级次,金额）',
    ]);
  });

  it('keeps a one-row header missing a column said as before (no second row taken in)', async () => {
    const text = `季度,区划代码,基金,收支方向,项目,资金来源级次\n${dataLines.map((l) => l.replace(/,[^,]*$/, '')).join('\n')}\n`;
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', text)));
    expect(report.problems.map((p) => p.problem.code)).toEqual(['header.column_missing']);
    expect(report.problems[0]?.row).toBe(1);
  });

  it('finds the table of a file named after none by a two-row header', () => {
    const head = new TextEncoder().encode(`季度,区划代码,基金,收支情况,,,金额\n,,,收支方向,项目,资金来源级次,\n${data}\n`);
    expect(csvHeadTable(head)?.name).toBe('fund_flows');
  });

  it('combines the rows cell by cell, the lower row first', () => {
    expect(combinedHeader(['季度', '收支情况', '', ''], ['', '收支方向', '金额'])).toEqual(['季度', '收支方向', '金额']);
    // A group title past the lower row's last cell still counts (a shorter CSV line).
    expect(combinedHeader(['a', '', 'c'], ['', 'b'])).toEqual(['a', 'b', 'c']);
    expect(combinedHeader(['a', ' ', ''], [' ', 'b'])).toEqual(['a', 'b']);
  });
});
