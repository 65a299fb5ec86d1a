// Found by the office-files sweep: a report form as officials fill it ends
// with sign-off lines below the table — 填报人：张三  审核人：李四, 填报日期：…,
// 注：… — in the first cell (or spread as 填报人：| 张三 | 审核人：| 李四). Saved
// as CSV or XLSX by Excel, WPS or LibreOffice, the table was refused with an
// error for every column of every such line (季度"填报人：张三  审核人：李四"
// 格式不对, 区划代码为空, …), though the title above the header was skipped.
// Now such lines are not data, and a notice names their rows; the figures
// are the plain file's, to the fen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { templateCsv } from '../../src/engine/contract/templates';
import { inlineWorkbook as workbook } from './inlineWorkbook';
import { csv, TINY_DIR, tinyWith, useEngine } from './harness';

const tiny = (name: string): string => readFileSync(join(TINY_DIR, name), 'utf8');

describe('sign-off lines below a table', () => {
  const engine = useEngine();
  const flowsText = tiny('fund_flows.csv').replace(/\n+$/, '');
  // tiny's fund_flows: header at row 1, 39 rows at rows 2–40.
  const dataRows = flowsText.split('\n').length - 1;
  let plain: unknown;

  const flows = async (): Promise<unknown> =>
    engine().query('SELECT quarter, region_code, fund, direction, item, source_level, CAST(amount AS VARCHAR) AS amount FROM fund_flows ORDER BY ALL');

  beforeAll(async () => {
    expect((await loadDataset(engine(), await tinyWith())).ok).toBe(true);
    plain = await flows();
    expect((plain as unknown[]).length).toBe(dataRows);
  });

  it('skips 填报人/审核人/填报日期 lines under a CSV table, with a notice naming their rows', async () => {
    const text = `${flowsText}\n,,,,,,\n填报人：张三  审核人：李四,,,,,,\n填报日期：2025年1月10日,,,,,,\n`;
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', text)));
    expect(report.problems.map((p) => formatProblem(p))).toEqual([
      // Two lines one after the other read as a range (rowList.ts); they read 第41、42行.
      `fund_flows.csv · 第${dataRows + 3}–${dataRows + 4}行是表格下方的填报人、审核人、日期或注释行：不作为数据载入 · 应为：表格下方的签署、日期、注释行不是数据`,
    ]);
    expect(formatProblem(report.problems[0]!, 'en')).toBe(
      `fund_flows.csv · Rows ${dataRows + 3}–${dataRows + 4} are sign-off or note lines below the table (filled in by, checked by, date, notes): not loaded as data · expected: sign-off, date and note lines below a table are not data`,
    );
    expect(report.ok).toBe(true);
    expect(await flows()).toEqual(plain);
  });

  it('skips them spread over cells (填报人： | 张三 | 审核人： | 李四) and numbered notes (注1：)', async () => {
    const text = `${flowsText}\n填报人：,张三,,审核人：,李四,,\n注1：本表金额单位为元。,,,,,,\n`;
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', text)));
    expect(report.problems.map((p) => p.problem.code)).toEqual(['header.sign_off_rows']);
    expect(report.ok).toBe(true);
    expect(await flows()).toEqual(plain);
  });

  it('skips them under a table with no amounts (regions, read the fast way)', async () => {
    const text = `${tiny('regions.csv').replace(/\n+$/, '')}\n填报单位（盖章）：自治区医保局,,,,\n`;
    const report = await loadDataset(engine(), await tinyWith(csv('regions.csv', text)));
    expect(report.problems.map((p) => p.problem.code)).toEqual(['header.sign_off_rows']);
    expect(report.ok).toBe(true);
  });

  it('skips them in a workbook under a merged title, a note merged over two rows included', async () => {
    const [header = [], ...rows] = flowsText.split('\n').map((l) => l.split(','));
    const end = rows.length + 3;
    const sheet = [
      ['2024年第四季度 医疗救助资金收支表'],
      [],
      header,
      ...rows,
      ['填报人：张三  审核人：李四'],
      ['注：本表由旗县医保局填报，金额为当季发生额，不是累计数。'],
      [],
    ];
    const files = [...(await tinyWith()).filter((f) => f.name !== 'fund_flows.csv'), workbook('fund_flows', sheet, ['A1:G1', `A${end + 2}:G${end + 3}`])];
    const report = await loadDataset(engine(), files);
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
    expect(report.problems.map((p) => p.problem.code).sort()).toEqual(['header.rows_skipped', 'header.sign_off_rows']);
    expect(report.ok).toBe(true);
    expect(await flows()).toEqual(plain);
  });

  it('still refuses a data row whose quarter is wrong, and a line that is not a sign-off', async () => {
    const text = `${flowsText}\n填报人张三,,,,,,\n`;
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', text)));
    expect(report.ok).toBe(false);
    // Text in its first cell only: refused as one line by its row (a title or group line), not cell by cell.
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.column, p.problem.code])).toEqual([[dataRows + 2, null, 'row.title_line']]);
  });

  // An office sweep: any first cell starting with # or 说明 was skipped as a template's note, without a word.
  it('reads a row whose first cell starts with # as data: Excel\'s #N/A in the quarter is refused at its cell, not dropped with its amount', async () => {
    const [header, first, ...rest] = flowsText.split('\n');
    const text = [header, first!.replace(/^2024Q1|^2023Q\d/, '#N/A'), ...rest].join('\n');
    expect(text).not.toBe(flowsText);
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', `${text}\n`)));
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.row, p.column, p.problem.code])).toEqual([[2, 'quarter', 'cell.excel_error']]);
  });

  it('reads a county named 说明… as data, and says a 说明：/数据来源： line under the table is a note; the template\'s own rows are still skipped', async () => {
    const regions = tiny('regions.csv').replace(/^\ufeff/, '').replace(/\r?\n+$/, '').split(/\r?\n/);
    const renamed = regions.map((l) => (l.startsWith('150202,') ? l.replace(/^150202,[^,]*/, '150202,说明旗') : l));
    expect(renamed).not.toEqual(regions);
    const text = `${renamed.join('\n')}\n说明：本表由民政局提供,,,,\n数据来源：民政局、乡村振兴局,,,,\n`;
    const report = await loadDataset(engine(), await tinyWith(csv('regions.csv', text)));
    expect(report.problems.map((p) => [p.row, p.problem.code])).toEqual([[null, 'header.sign_off_rows']]);
    expect(report.ok).toBe(true);
    expect(await engine().query("SELECT name FROM regions WHERE region_code = '150202'")).toEqual([{ name: '说明旗' }]);
    const template = `${templateCsv('regions').replace(/\r?\n+$/, '')}\n${regions.slice(1).join('\n')}\n`;
    const fromTemplate = await loadDataset(engine(), await tinyWith(csv('regions.csv', template)));
    expect(fromTemplate.problems).toEqual([]);
    expect(fromTemplate.tables.regions).toBe(regions.length - 1);
  });

  // Footnotes under a form's table: its unit line (单位：人、元) and notes numbered 1. / 1、 / （1） were refused as
  // "title or group lines": deleting them was right, the cause named was not. They are notes under the table.
  it('says a 单位： line and numbered notes (1. 2、 （3）) below a CSV table are notes, not title lines', async () => {
    const text = `${flowsText}\n单位：人、元,,,,,,\n1. 本表人数为季末数。,,,,,,\n2、金额为当季发生额,,,,,,\n（3）数据来源：医保信息平台,,,,,,\n`;
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', text)));
    expect(report.problems.map((p) => formatProblem(p))).toEqual([
      `fund_flows.csv · 第${dataRows + 2}–${dataRows + 5}行是表格下方的填报人、审核人、日期或注释行：不作为数据载入 · 应为：表格下方的签署、日期、注释行不是数据`,
    ]);
    expect(report.ok).toBe(true);
    expect(await flows()).toEqual(plain);
  });

  // Forms number their notes in Chinese numerals as often as in figures: 一、本表… under the table was refused as a group line.
  it('says notes numbered 一、 and （二） below the table are notes, and still refuses 一、城镇 among the rows of data', async () => {
    const below = `${flowsText}\n一、本表金额为当季发生额。,,,,,,\n（二）数据来源：医保信息平台,,,,,,\n十二．其他说明见附件,,,,,,\n`;
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', below)));
    expect(report.problems.map((p) => formatProblem(p))).toEqual([
      `fund_flows.csv · 第${dataRows + 2}–${dataRows + 4}行是表格下方的填报人、审核人、日期或注释行：不作为数据载入 · 应为：表格下方的签署、日期、注释行不是数据`,
    ]);
    expect(report.ok).toBe(true);
    expect(await flows()).toEqual(plain);
    const [header, ...rows] = flowsText.split('\n');
    const among = [header, rows[0], '一、城镇,,,,,,', ...rows.slice(1), '二、农村,,,,,,', '一、本表金额为当季发生额,,,,,,'].join('\n');
    const refused = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', `${among}\n`)));
    expect(refused.ok).toBe(false);
    // 二、农村 below the last row heads no rows: a note there, like the one after it.
    expect(refused.problems.map((p) => [p.row, p.problem.code])).toEqual([
      [null, 'header.sign_off_rows'],
      [3, 'row.title_line'],
    ]);
  });

  it('says them with the sign-off lines, below a 合计 row too', async () => {
    const text = `${flowsText}\n合计,,,,,,23196234.90\n1．本表由旗县医保局填报,,,,,,\n填报人：张三,,,,,,\n`;
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', text)));
    expect(report.problems.map((p) => [p.row, p.problem.code])).toEqual([
      [null, 'header.total_rows'],
      [null, 'header.sign_off_rows'],
    ]);
    expect(formatProblem(report.problems[1]!)).toContain(`第${dataRows + 3}–${dataRows + 4}行`);
    expect(report.ok).toBe(true);
  });

  it('still refuses them as group lines among the rows of data, and a lone figure below the table', async () => {
    const [header, ...rows] = flowsText.split('\n');
    // 1、城市 heads a group of rows: rows of data follow it. 1.5 is a value, not a note's number.
    const text = [header, rows[0], '1、城市,,,,,,', ...rows.slice(1), '1.5,,,,,,', '单位：人、元,,,,,,'].join('\n');
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', `${text}\n`)));
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.row, p.problem.code])).toEqual([
      [null, 'header.sign_off_rows'],
      [3, 'row.title_line'],
      [dataRows + 3, 'row.title_line'],
    ]);
    expect(formatProblem(report.problems[0]!)).toContain(`第${dataRows + 4}行`);
  });

  it('says them as notes under a table with no amounts (regions, read the fast way)', async () => {
    const text = `${tiny('regions.csv').replace(/\n+$/, '')}\n1. 区划以2024年民政部公布为准,,,,\n单位：个,,,,\n`;
    const report = await loadDataset(engine(), await tinyWith(csv('regions.csv', text)));
    expect(report.problems.map((p) => p.problem.code)).toEqual(['header.sign_off_rows']);
    expect(report.ok).toBe(true);
  });

  it('says them as notes in a workbook, a numbered note wrapped over two merged rows included', async () => {
    const [header = [], ...rows] = flowsText.split('\n').map((l) => l.split(','));
    // The header is row 1, data rows 2 to dataRows + 1; the notes below.
    const notes = dataRows + 2;
    const sheet = [header, ...rows, ['单位：人、元'], ['1. 本表人数为季末数，金额为当季发生额，不是累计数，各旗县按月汇总后于季后十日内报送。'], [], ['（2）数据来源：医保信息平台']];
    const files = [...(await tinyWith()).filter((f) => f.name !== 'fund_flows.csv'), workbook('fund_flows', sheet, [`A${notes + 1}:G${notes + 2}`])];
    const report = await loadDataset(engine(), files);
    expect(report.problems.map((p) => formatProblem(p))).toEqual([
      `fund_flows.xlsx · fund_flows · 第${notes}–${notes + 1}、${notes + 3}行是表格下方的填报人、审核人、日期或注释行：不作为数据载入 · 应为：表格下方的签署、日期、注释行不是数据`,
    ]);
    expect(report.ok).toBe(true);
    expect(await flows()).toEqual(plain);
  });
});
