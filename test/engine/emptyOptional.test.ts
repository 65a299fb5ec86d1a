// Found by stop 44's sweep: an optional table's file that is empty (0 bytes, white space only, a BOM
// alone; an .xlsx or .parquet of 0 bytes) stopped the whole load with "文件是空的". It now loads as if the
// table were absent, with a notice naming the file; a required table's empty file stays an error.
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../../src/engine/formats/files';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { csv, tinyWith, useEngine } from './harness';
import { inlineWorkbook } from './inlineWorkbook';

describe('an optional table\'s empty file', () => {
  const engine = useEngine();
  const without = async (name: string): Promise<DatasetFile[]> => (await tinyWith()).filter((f) => f.name !== name);

  it.each([
    ['0 bytes', ''],
    ['white space only', '  \r\n\t\n \n'],
    ['a BOM alone', '\ufeff'],
    ['a BOM and a line end', '\ufeff\r\n'],
  ])('%s: loads as if fund_balances.csv were absent, and says so naming the file', async (_, text) => {
    const absent = await loadDataset(engine(), await without('fund_balances.csv'));
    expect(absent.ok).toBe(true);
    const report = await loadDataset(engine(), [...(await without('fund_balances.csv')), csv('fund_balances.csv', text)]);
    expect(report.ok).toBe(true);
    expect(report.problems.map((p) => formatProblem(p))).toEqual([
      'fund_balances.csv · 文件为空，已按未提供处理（年初结余，可选） · 应为：表头和数据行；没有这项数据时可不提供此文件',
      ...absent.problems.map((p) => formatProblem(p)),
    ]);
    expect(formatProblem(report.problems[0]!, 'en')).toBe(
      'fund_balances.csv · The file is empty: loaded as not given (Opening balances, optional) · expected: a header and data rows; without such data the file can be left out',
    );
    expect(report.tables).toEqual(absent.tables);
    expect(report.tables.fund_balances).toBe(0);
    expect(report.tables.fund_flows).toBe(39);
  });

  it('a workbook or a Parquet file of 0 bytes, and an empty sheet named after the table, likewise', async () => {
    for (const file of [{ name: 'fund_balances.xlsx', bytes: new Uint8Array(0) }, { name: 'budgets.parquet', bytes: new Uint8Array(0) }]) {
      const report = await loadDataset(engine(), [...(await without('fund_balances.csv')), file]);
      expect(report.ok, file.name).toBe(true);
      expect(report.problems.map((p) => `${p.file} ${p.severity} ${p.problem.code}`), file.name).toContain(`${file.name} warning file.empty_optional`);
    }
    const sheet = await loadDataset(engine(), [...(await without('fund_balances.csv')), inlineWorkbook('fund_balances', [])]);
    expect(sheet.ok).toBe(true);
    expect(sheet.problems.map((p) => formatProblem(p))).toEqual([
      'fund_balances.xlsx · fund_balances · 工作表为空，已按未提供处理（年初结余，可选） · 应为：表头和数据行；没有这项数据时可不提供此文件',
    ]);
  });

  it('a header alone still loads as no data (said as such)', async () => {
    const report = await loadDataset(engine(), await tinyWith(csv('fund_balances.csv', 'year,region_code,fund,opening_balance\n')));
    expect(report.ok).toBe(true);
    expect(report.problems.map((p) => p.problem.code)).toEqual(['file.no_rows']);
  });

  it('a required table\'s empty file (regions) stays an error naming the file', async () => {
    for (const file of [csv('regions.csv', ''), csv('regions.csv', ' \n'), { name: 'regions.xlsx', bytes: new Uint8Array(0) }]) {
      const report = await loadDataset(engine(), [...(await without('regions.csv')), file]);
      expect(report.ok, file.name).toBe(false);
      expect(report.problems.filter((p) => p.severity === 'error').map((p) => `${p.file} ${p.problem.code}`), file.name).toEqual([`${file.name} file.empty`]);
    }
  });
});
