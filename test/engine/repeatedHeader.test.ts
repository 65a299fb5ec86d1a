// Two exports joined into one file (copy-pasted, or `cat a.csv b.csv`): the
// header line appears again in the middle. Each of its cells used to be
// refused on its own (区划代码"region_code"不是6位数字, …, up to seven lines
// for one row). Now the row is one problem — 这一行是重复的表头 — saying to
// delete it, for a CSV file, a tab-separated one and a workbook sheet, on
// both engines. The file is still refused (a file loads whole or not at all,
// DESIGN.md), and the dataset loaded before stays. A row numbering the
// columns under the header (栏次: 甲, 乙, 1, 2, …) is no data either: skipped,
// with a notice. A title or group line (text in its first cell only) is one
// problem by its row too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import type { Engine } from '../../src/engine/runtime/engine';
import { createNativeEngine } from '../../src/engine/runtime/native';
import { inlineWorkbook as workbook } from './inlineWorkbook';
import { csv, testNodeEngine, TINY_DIR, tinyWith } from './harness';

const tiny = (name: string): string[] => readFileSync(join(TINY_DIR, name), 'utf8').replace(/\n+$/, '').split('\n');
/** The tiny file's lines with `line` put in at row `row` (header = row 1). */
const withLineAt = (name: string, row: number, line: string): string[] => {
  const lines = tiny(name);
  lines.splice(row - 1, 0, line);
  return lines;
};

const ZH = (row: number, source: string, headerRow = 1): string =>
  `${source} · 第${row}行 · 这一行是重复的表头（与第${headerRow}行的表头相同，常见于两份导出拼接成一个文件） · 应为：删除这一行：一个表只在数据上方有一行表头`;

const ENGINES: [string, () => Promise<Engine>][] = [
  ['DuckDB-wasm', testNodeEngine],
  ['native DuckDB', () => createNativeEngine()],
];

for (const [name, start] of ENGINES) {
  describe(`a header repeated inside a file (${name})`, () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await start();
      expect((await loadDataset(engine, await tinyWith())).ok).toBe(true);
    });
    afterAll(async () => {
      await engine.close();
    });
    const regionCount = async (): Promise<number> => Number((await engine.query('SELECT count(*) AS n FROM regions'))[0]?.n);

    it('says a CSV file’s repeated header once, by its row, and keeps the data loaded before', async () => {
      // tiny's regions.csv starts with a BOM: the repeated line has none.
      const lines = withLineAt('regions.csv', 5, 'region_code,name,level,parent_code,tier');
      const report = await loadDataset(engine, await tinyWith(csv('regions.csv', lines.join('\n'))));
      expect(report.ok).toBe(false);
      expect(report.problems.map((p) => formatProblem(p))).toEqual([ZH(5, 'regions.csv')]);
      expect(report.problems.map((p) => formatProblem(p, 'en'))).toEqual([
        'regions.csv · row 5 · This row repeats the header (the same as the header in row 1; two exports joined into one file?) · expected: delete this row: a table has one header row, above its data',
      ]);
      expect(await regionCount()).toBe(6);
    });

    it('says the header of a second file joined on with its byte-order mark (cat a.csv b.csv of two Excel “CSV UTF-8” files)', async () => {
      const lines = tiny('fund_balances.csv');
      const joined = `\ufeff${lines.join('\n')}\n\ufeff${lines.join('\n')}\n`;
      const report = await loadDataset(engine, await tinyWith(csv('fund_balances.csv', joined)));
      expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([
        ZH(lines.length + 1, 'fund_balances.csv'),
        ...lines.slice(1).map((_, i) => expect.stringContaining(`fund_balances.csv · 第${lines.length + 2 + i}行 · year+region_code+fund · 与第${2 + i}行重复`)),
      ]);
    });

    it('says each repeat of a tab-separated file’s header, also in Chinese or with other spacing, and still the file’s other problems', async () => {
      const tab = (line: string): string => line.split(',').join('\t');
      const lines = tiny('fund_flows.csv').map(tab);
      // Row 10: the header again; row 21: the Chinese header with spaces around its cells; row 30: a bad amount.
      lines.splice(9, 0, tab('quarter,region_code,fund,direction,item,source_level,amount'));
      lines.splice(20, 0, tab(' 季度 ,区划代码,基金,收支方向,项目,资金来源级次, 金额'));
      lines[29] = (lines[29] ?? '').replace(/\t[0-9.]+$/, '\t12.345');
      const report = await loadDataset(engine, await tinyWith(csv('fund_flows.csv', lines.join('\n'))));
      expect(report.ok).toBe(false);
      expect(report.problems.map((p) => formatProblem(p))).toEqual([
        ZH(10, 'fund_flows.csv'),
        ZH(21, 'fund_flows.csv'),
        'fund_flows.csv · 第30行 · amount · 金额"12.345"超过两位小数 · 应为：以元为单位、最多两位小数的非负金额，如 1234.56',
      ]);
    });

    it('says a workbook sheet’s repeated header by its Excel row, below a title', async () => {
      const lines = tiny('assistance_enrollment.csv').map((l) => l.split(','));
      const header = lines[0] ?? [];
      const rows = [['救助对象参保情况'], ...lines.slice(0, 4), [...header], ...lines.slice(4)];
      const files = (await tinyWith(workbook('assistance_enrollment', rows))).filter((f) => f.name !== 'assistance_enrollment.csv');
      const report = await loadDataset(engine, files);
      expect(report.ok).toBe(false);
      expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([ZH(6, 'assistance_enrollment.xlsx · assistance_enrollment', 2)]);
      expect(await regionCount()).toBe(6);
    });

    it('says a roster’s repeated header once (its IDs hashed as they are read)', async () => {
      const header = 'quarter,person_id,region_code,category,source,enrolled';
      const roster = [header, '2024Q4,150102199001011234,150102,dibao,civil_affairs,true', header, '2024Q4,150102199001011250,150102,tekun,civil_affairs,false'].join('\n');
      const report = await loadDataset(engine, await tinyWith(csv('roster.csv', roster)));
      expect(report.problems.map((p) => formatProblem(p))).toEqual([ZH(3, 'roster.csv')]);
    });

    it('skips a 栏次 row (the columns numbered, as statistical forms have under their header), with a notice', async () => {
      // Found by the office-tools sweep: each of its cells was refused (季度"1"格式不对, 区划代码"2"不是6位数字, …).
      const plain = async (): Promise<unknown> => engine.query('SELECT quarter, region_code, category, recipients, CAST(subsidy_amount AS VARCHAR) AS a FROM assistance_enrollment ORDER BY ALL');
      expect((await loadDataset(engine, await tinyWith())).ok).toBe(true);
      const before = await plain();
      const csvLines = withLineAt('assistance_enrollment.csv', 2, '1,2,3,4,5,6,7');
      const report = await loadDataset(engine, await tinyWith(csv('assistance_enrollment.csv', csvLines.join('\n'))));
      expect(report.problems.map((p) => formatProblem(p))).toEqual([
        'assistance_enrollment.csv · 第2行是栏次行（各列的编号）：不作为数据载入 · 应为：栏次行不是数据',
      ]);
      expect(report.problems.map((p) => formatProblem(p, 'en'))).toEqual([
        'assistance_enrollment.csv · Row 2 numbers the columns (1, 2, 3 … under the header): not loaded as data · expected: a row numbering the columns is not data',
      ]);
      expect(await plain()).toEqual(before);
      // In a workbook, under a title, with 甲 and 乙 over the text columns.
      const lines = tiny('assistance_enrollment.csv').map((l) => l.split(','));
      const rows = [['救助对象参保情况'], lines[0] ?? [], ['甲', '乙', '丙', '1', '2', '3', '4'], ...lines.slice(1)];
      const files = (await tinyWith(workbook('assistance_enrollment', rows))).filter((f) => f.name !== 'assistance_enrollment.csv');
      const sheet = await loadDataset(engine, files);
      expect(sheet.problems.filter((p) => p.problem.code !== 'header.rows_skipped').map((p) => formatProblem(p))).toEqual([
        'assistance_enrollment.xlsx · assistance_enrollment · 第3行是栏次行（各列的编号）：不作为数据载入 · 应为：栏次行不是数据',
      ]);
      expect(await plain()).toEqual(before);
    });

    // Found by the helpers' sweep: a joined export carries the second file's title line too,
    // just above its header, and each of the title row's empty cells was refused (年度为空, 基金为空, …).
    it('says a title or group line (text in the first cell only) once by its row, in a CSV, a roster and a workbook sheet', async () => {
      const lines = tiny('fund_flows.csv');
      const joined = [...lines.slice(0, 6), '2024年基金收支表,,,,,,', lines[0] ?? '', '一、城市,  ,,,,,', ...lines.slice(6)];
      const report = await loadDataset(engine, await tinyWith(csv('fund_flows.csv', joined.join('\n'))));
      expect(report.ok).toBe(false);
      const TITLE = (row: number, source: string): string =>
        `${source} · 第${row}行 · 这一行只有第一格有内容，像是标题或分组行（常见于两份导出拼接成一个文件），不是数据 · 应为：删除这一行：标题和说明写在表头之上，数据行每列都填`;
      expect(report.problems.map((p) => formatProblem(p))).toEqual([TITLE(7, 'fund_flows.csv'), ZH(8, 'fund_flows.csv'), TITLE(9, 'fund_flows.csv')]);
      expect(report.problems.map((p) => formatProblem(p, 'en'))[0]).toBe(
        'fund_flows.csv · row 7 · Only the first cell of this row has anything in it: a title or group line (two exports joined into one file?), not data · expected: delete this row: titles and notes go above the header, and a row of data fills its columns',
      );
      expect(await regionCount()).toBe(6);

      const header = 'quarter,person_id,region_code,category,source,enrolled';
      const roster = [header, '2024Q4,150102199001011234,150102,dibao,civil_affairs,true', '2024年第四季度名册,,,,,', '2024Q4,150102199001011250,150102,tekun,civil_affairs,false'].join('\n');
      const rosterReport = await loadDataset(engine, await tinyWith(csv('roster.csv', roster)));
      expect(rosterReport.problems.map((p) => formatProblem(p))).toEqual([TITLE(3, 'roster.csv')]);

      const cells = tiny('assistance_enrollment.csv').map((l) => l.split(','));
      const rows = [['救助对象参保情况'], ...cells.slice(0, 3), ['二、农村牧区'], ...cells.slice(3)];
      const files = (await tinyWith(workbook('assistance_enrollment', rows))).filter((f) => f.name !== 'assistance_enrollment.csv');
      const sheet = await loadDataset(engine, files);
      expect(sheet.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([TITLE(5, 'assistance_enrollment.xlsx · assistance_enrollment')]);
    });

    // Found by the helpers' sweep: a line typed without the delimiters Excel writes (a title, a sign-off)
    // was only 列数不对：表头有 7 列，这一行有 1 列, and the header repeated under such a title went unsaid.
    it('reads a line of one cell without delimiters as the title, sign-off or note it is', async () => {
      const lines = tiny('fund_flows.csv');
      const joined = [...lines.slice(0, 6), '2024年基金收支表', lines[0] ?? '', ...lines.slice(6), '"填报人：张三  审核人：李四"', '注：本表由系统导出'];
      const report = await loadDataset(engine, await tinyWith(csv('fund_flows.csv', joined.join('\r\n'))));
      expect(report.problems.map((p) => formatProblem(p))).toEqual([
        `fund_flows.csv · 第${lines.length + 3}–${lines.length + 4}行是表格下方的填报人、审核人、日期或注释行：不作为数据载入 · 应为：表格下方的签署、日期、注释行不是数据`,
        `fund_flows.csv · 第7行 · 这一行只有第一格有内容，像是标题或分组行（常见于两份导出拼接成一个文件），不是数据 · 应为：删除这一行：标题和说明写在表头之上，数据行每列都填`,
        ZH(8, 'fund_flows.csv'),
      ]);
      // Without the title and the header again, the file loads: the lines below are said, not refused.
      const signed = await loadDataset(engine, await tinyWith(csv('fund_flows.csv', [...lines, '填报人：张三'].join('\n'))));
      expect(signed.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(signed.ok).toBe(true);
      // A row with some of its cells is still refused for its width.
      const short = await loadDataset(engine, await tinyWith(csv('fund_flows.csv', [...lines.slice(0, 4), '2024Q4,150102,assistance', ...lines.slice(4), '填报人：张三'].join('\n'))));
      expect(short.problems.map((p) => formatProblem(p))).toEqual([expect.stringMatching(/^fund_flows\.csv · 第5行 · 列数不对：表头有 7 列，这一行有 3 列/)]);
      expect(await regionCount()).toBe(6);
    });

    it('still says each empty cell of a row that has more than its first cell', async () => {
      const lines = tiny('fund_flows.csv');
      const report = await loadDataset(engine, await tinyWith(csv('fund_flows.csv', [...lines.slice(0, 3), '2024Q4,150102,,,,,', ...lines.slice(3)].join('\n'))));
      const errors = report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p));
      expect(errors).toEqual(['fund', 'direction', 'item', 'amount'].map((c) => expect.stringMatching(new RegExp(`^fund_flows\\.csv · 第4行 · ${c} · .*为空`))));
    });

    it('reads a row that names only some of the columns as data', async () => {
      const lines = withLineAt('regions.csv', 4, '150104,name,county,150100,2');
      const report = await loadDataset(engine, await tinyWith(csv('regions.csv', lines.join('\n'))));
      // "name" is a valid name: the row is data, and loads.
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(await regionCount()).toBe(7);
    });
  });
}
