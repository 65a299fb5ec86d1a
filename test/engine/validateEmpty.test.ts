// A required table of a header alone (regions.csv saved from an empty
// template, validate.ts): one error naming it, not a line for every code of
// the other tables that is then "not in regions.csv"; the data already
// loaded stays.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { csv, TINY_DIR, tinyWith, useEngine } from './harness';

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
