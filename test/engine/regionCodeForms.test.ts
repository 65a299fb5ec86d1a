// Region codes as systems export them for Excel to keep their leading
// digits as text: written as a text formula (`="150100"`, in a CSV
// `"=""150100"""`) or after or before a tab. The roster's person_id read
// these forms already (contract/keptAsText.ts); region_code, parent_code and
// to_region_code refused them (区划代码"="150100""是没有计算结果的公式). Now
// every region code column reads them by the same rule, to the same tables
// as the plain file, on both engines, and so does a year (`="2023"`); a
// formula that is not such text stays refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetFile } from '../../src/engine/formats/files';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import type { Engine } from '../../src/engine/runtime/engine';
import { createNativeEngine } from '../../src/engine/runtime/native';
import { csv, testNodeEngine, TINY_DIR, tinyWith } from './harness';

const tiny = (name: string): string[] => readFileSync(join(TINY_DIR, name), 'utf8').replace(/^\ufeff/, '').replace(/\n+$/, '').split('\n');

/** A CSV cell as Excel's text formula: `="150100"`, quoted as CSV quotes it. */
const formula = (code: string): string => (code === '' ? '' : `"=""${code}"""`);
const tabbed = (code: string, k: number): string => (code === '' ? '' : k % 2 === 0 ? `\t${code}` : `"${code}\t"`);

/** A tiny file with the cells at `columns` (0-based) rewritten by `form`, row k from 0. */
function rewritten(name: string, columns: readonly number[], form: (code: string, k: number) => string): DatasetFile {
  const [header = '', ...rows] = tiny(name);
  return csv(name, [header, ...rows.map((row, k) => row.split(',').map((cell, i) => (columns.includes(i) ? form(cell, k) : cell)).join(','))].join('\n'));
}

const TRANSFERS = [
  'transfer_id,year,fund,from_level,to_region_code,kind,amount,issued_date,received_date,source_transfer_id',
  'T1,2024,assistance,central,150100,formal,100.00,2024-01-15,2024-01-20,',
  'T2,2024,assistance,province,150102,formal,100.00,2024-02-01,,T1',
];

/** Every loaded table's rows, region codes as text. */
async function tables(engine: Engine): Promise<unknown> {
  const read = (sql: string): Promise<unknown> => engine.query(sql);
  return {
    regions: await read('SELECT region_code, name, level, parent_code, tier FROM regions ORDER BY region_code'),
    enrollment: await read('SELECT quarter, region_code, category, recipients FROM assistance_enrollment ORDER BY ALL'),
    flows: await read('SELECT quarter, region_code, item, CAST(amount AS VARCHAR) AS amount FROM fund_flows ORDER BY ALL'),
    balances: await read('SELECT year, region_code, fund, CAST(opening_balance AS VARCHAR) AS b FROM fund_balances ORDER BY ALL'),
    transfers: await read('SELECT transfer_id, to_region_code FROM transfers ORDER BY ALL'),
  };
}

for (const [name, start] of [
  ['DuckDB-wasm', testNodeEngine],
  ['native DuckDB', () => createNativeEngine()],
] as const) {
  describe(`region codes kept as text for Excel (${name})`, () => {
    let engine: Engine;
    let plain: unknown;
    beforeAll(async () => {
      engine = await start();
      expect((await loadDataset(engine, await tinyWith(csv('transfers.csv', TRANSFERS.join('\n'))))).ok).toBe(true);
      plain = await tables(engine);
    });
    afterAll(async () => {
      await engine.close();
    });

    it('reads ="150100" in region_code, parent_code and to_region_code as 150100', async () => {
      const files = await tinyWith(
        rewritten('regions.csv', [0, 3], formula),
        rewritten('assistance_enrollment.csv', [1], formula),
        rewritten('fund_flows.csv', [1], formula),
        csv('transfers.csv', TRANSFERS.map((line, k) => (k === 0 ? line : line.replace(/,(15\d{4}),/, (_, code: string) => `,${formula(code)},`))).join('\n')),
      );
      const report = await loadDataset(engine, files);
      expect(report.problems.map((p) => formatProblem(p))).toEqual([]);
      expect(report.ok).toBe(true);
      expect(await tables(engine)).toEqual(plain);
    });

    it('reads codes after or before a tab, in a comma-separated file, as the codes', async () => {
      const files = await tinyWith(
        rewritten('regions.csv', [0, 3], tabbed),
        rewritten('fund_balances.csv', [1], tabbed),
        csv('transfers.csv', TRANSFERS.map((line, k) => (k === 0 ? line : line.replace(/,(15\d{4}),/, (_, code: string) => `,${tabbed(code, k)},`))).join('\n')),
      );
      const report = await loadDataset(engine, files);
      expect(report.problems.map((p) => formatProblem(p))).toEqual([]);
      expect(await tables(engine)).toEqual(plain);
    });

    it('reads a year written ="2023" (a system keeping four digits from becoming a number) as the year, and still refuses =2023', async () => {
      const files = await tinyWith(
        rewritten('fund_balances.csv', [0], formula),
        csv('transfers.csv', TRANSFERS.map((line, k) => (k === 0 ? line : line.replace(/,2024,/, `,${formula('2024')},`))).join('\n')),
      );
      const report = await loadDataset(engine, files);
      expect(report.problems.map((p) => formatProblem(p))).toEqual([]);
      expect(await tables(engine)).toEqual(plain);
      const balances = tiny('fund_balances.csv');
      balances[1] = (balances[1] ?? '').replace(/^2023,/, '=2023,');
      const refused = await loadDataset(engine, await tinyWith(csv('fund_balances.csv', balances.join('\n'))));
      expect(refused.ok).toBe(false);
      expect(refused.problems.map((p) => formatProblem(p))).toEqual([
        'fund_balances.csv · 第2行 · year · 年度"=2023"是没有计算结果的公式（用 Excel 或 WPS 打开并保存后再载入） · 应为：四位年份，如 2024',
      ]);
      expect(await tables(engine)).toEqual(plain);
    });

    // Found by the helpers' sweep: pandas writes a year column that has an empty cell as 2022.0 (as it
    // writes counts, which were read), and people type 2022年; both were 年份不是四位数字.
    it('reads a year written 2023.0 or 2023年 as the year, and still refuses 2023.5', async () => {
      const files = await tinyWith(
        rewritten('fund_balances.csv', [0], (year, k) => (k % 2 === 0 ? `${year}.0` : `${year}年`)),
        csv('transfers.csv', TRANSFERS.map((line, k) => (k === 0 ? line : line.replace(/,2024,/, k === 1 ? ',2024.0,' : ',２０２４年,'))).join('\n')),
      );
      const report = await loadDataset(engine, files);
      expect(report.problems.map((p) => formatProblem(p))).toEqual([]);
      expect(await tables(engine)).toEqual(plain);
      const balances = tiny('fund_balances.csv');
      balances[1] = (balances[1] ?? '').replace(/^2023,/, '2023.5,');
      const refused = await loadDataset(engine, await tinyWith(csv('fund_balances.csv', balances.join('\n'))));
      expect(refused.problems.map((p) => `${p.row} ${p.column}`)).toEqual(['2 year']);
      expect(await tables(engine)).toEqual(plain);
    });

    // Found by the helpers' sweep: pandas writes the optional tier (empty for the province) as 2.0.
    it('reads a tier written 2.0 as the tier, and still refuses 2.5', async () => {
      const report = await loadDataset(engine, await tinyWith(rewritten('regions.csv', [4], (tier) => tier.replace(/^([0-9])(\r?)$/, '$1.0$2')), csv('transfers.csv', TRANSFERS.join('\n'))));
      expect(report.problems.map((p) => formatProblem(p))).toEqual([]);
      expect(await tables(engine)).toEqual(plain);
      const regions = tiny('regions.csv');
      regions[2] = (regions[2] ?? '').replace(/,2(\r?)$/, ',2.5$1');
      const refused = await loadDataset(engine, await tinyWith(csv('regions.csv', regions.join('\n'))));
      expect(refused.problems.filter((p) => p.severity === 'error').map((p) => `${p.row} ${p.column}`)).toEqual(['3 tier']);
      expect(await tables(engine)).toEqual(plain);
    });

    it('still refuses a formula that is not a code written as text, and a text formula of no code, by the cell', async () => {
      const flows = tiny('fund_flows.csv');
      flows[2] = (flows[2] ?? '').replace(',150100,', ',=A1,');
      flows[3] = (flows[3] ?? '').replace(',150100,', `,${formula('15010')},`);
      const report = await loadDataset(engine, await tinyWith(csv('fund_flows.csv', flows.join('\n'))));
      expect(report.ok).toBe(false);
      expect(report.problems.map((p) => formatProblem(p))).toEqual([
        'fund_flows.csv · 第3行 · region_code · 区划代码"=A1"是没有计算结果的公式（用 Excel 或 WPS 打开并保存后再载入） · 应为：6位数字的区划代码文本，如 150102',
        'fund_flows.csv · 第4行 · region_code · 区划代码"15010"不是6位数字 · 应为：6位数字的区划代码文本，如 150102',
      ]);
      expect(await tables(engine)).toEqual(plain);
    });
  });
}
