// A required table of a header alone (regions.csv saved from an empty
// template, validate.ts): one error naming it, not a line for every code of
// the other tables that is then "not in regions.csv"; the data already
// loaded stays.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import type { Engine } from '../../src/engine/runtime/engine';
import { createNativeEngine } from '../../src/engine/runtime/native';
import { csv, testNodeEngine, TINY_DIR, tinyWith, useEngine } from './harness';

describe('a required table without data rows', () => {
  const engine = useEngine();

  it('is one error, in Chinese and English, and the loaded data stays', async () => {
    expect((await loadDataset(engine(), await tinyWith())).ok).toBe(true);
    const before = await engine().query('SELECT CAST(count(*) AS BIGINT) AS n FROM regions');
    const header = (await readFile(join(TINY_DIR, 'regions.csv'), 'utf8')).split('\n')[0] ?? '';
    for (const text of [`${header}\n`, `${header}\n,,,,\n\n`]) {
      const report = await loadDataset(engine(), await tinyWith(csv('regions.csv', text)));
      expect(report.ok).toBe(false);
      expect(report.problems.map((p) => formatProblem(p))).toEqual([
        'regions.csv · 必需的表（行政区划）只有表头，没有数据行 · 应为：regions 在表头下至少有一行数据（行政区划：省级区划及其下的盟市/地市、旗县/县区各一行）',
      ]);
      expect(report.problems.map((p) => formatProblem(p, 'en'))).toEqual([
        'regions.csv · The required table (Regions) has a header but no data rows · expected: at least one data row below the header of regions (regions: a row for the province and each of its cities and counties)',
      ]);
    }
    expect(await engine().query('SELECT CAST(count(*) AS BIGINT) AS n FROM regions')).toEqual(before);
  });
});

// An optional table whose file has a header and no data rows (the wrong sheet
// exported, an empty template left in the folder) loads as no data, as an
// absent file would, but is said: a notice naming the file (and sheet), on
// the page's data panel and the command line's stderr, never an error.
for (const [name, start] of [
  ['DuckDB-wasm', testNodeEngine],
  ['native DuckDB', () => createNativeEngine()],
] as const) {
  describe(`an optional table without data rows (${name})`, () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await start();
    });
    afterAll(async () => {
      await engine.close();
    });

    it('loads as no data, with a notice naming the file, in Chinese and English', async () => {
      const report = await loadDataset(engine, await tinyWith(csv('obligations.csv', 'year,region_code,fund,kind,due,paid\n,,,,,\n')));
      expect(report.ok).toBe(true);
      expect(report.tables.obligations).toBe(0);
      expect(report.problems.map((p) => formatProblem(p))).toEqual([
        'obligations.csv · 只有表头，没有数据行：旗县/县区应缴应配（可选）按没有数据载入 · 应为：表头下方的数据行（是否导出了别的工作表或空模板？）；没有这项数据时可不提供此文件',
      ]);
      expect(report.problems.map((p) => formatProblem(p, 'en'))).toEqual([
        'obligations.csv · A header but no data rows: loaded as no data for County obligations (optional) · expected: data rows below the header (was another sheet or an empty template exported?); without such data the file can be left out',
      ]);
      expect(report.problems.every((p) => p.severity === 'warning')).toBe(true);
    });

    it('names the sheet of a workbook, and says nothing for a dataset of empty templates alone', async () => {
      const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${['region_code', 'row', 'col']
        .map((c, i) => `<c r="${'ABC'[i]}1" t="inlineStr"><is><t>${c}</t></is></c>`)
        .join('')}</row></sheetData></worksheet>`;
      const bytes = zipSync({
        'xl/workbook.xml': strToU8('<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="方块图" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        'xl/_rels/workbook.xml.rels': strToU8(
          '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
        'xl/worksheets/sheet1.xml': strToU8(sheet),
      });
      const report = await loadDataset(engine, await tinyWith({ name: 'region_tiles.xlsx', bytes }));
      expect(report.ok).toBe(true);
      expect(report.problems.map((p) => formatProblem(p))).toEqual([
        'region_tiles.xlsx · 方块图 · 只有表头，没有数据行：方块图布局（可选）按没有数据载入 · 应为：表头下方的数据行（是否导出了别的工作表或空模板？）；没有这项数据时可不提供此文件',
      ]);
      // Every table a header alone (the blank templates): nothing is said, as nothing is checked.
      const header = (await readFile(join(TINY_DIR, 'regions.csv'), 'utf8')).split('\n')[0] ?? '';
      const blank = await loadDataset(engine, [csv('regions.csv', `${header}\n`), csv('obligations.csv', 'year,region_code,fund,kind,due,paid\n')]);
      expect(blank.problems).toEqual([]);
    });
  });
}
