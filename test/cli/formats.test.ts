// `analyze --data DIR` reads GBK CSV, XLSX and Parquet like the page, and
// refuses a broken one with the same messages, exit 1 and no stack trace.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './runCli';
import { exportXlsx } from '../../src/engine/export/exportTable';
import { writeParquetFile } from '../engine/parquetFixture';

const ROOT = join(import.meta.dirname, '../..');
const TINY = join(ROOT, 'test/fixtures/tiny');
const BROKEN = join(ROOT, 'test/fixtures/broken');


describe('analyze with XLSX, Parquet and GBK input', () => {
  const temp = mkdtempSync(join(tmpdir(), 'fundwatch-cli-formats-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  /** A tiny CSV file's header and rows. */
  const tinyTable = (name: string): { header: string[]; rows: string[][] } => {
    const [header = '', ...lines] = readFileSync(join(TINY, name), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/).filter((l) => l !== '');
    return { header: header.split(','), rows: lines.map((l) => l.split(',')) };
  };

  it('gives the same JSON for GBK regions, an XLSX enrollment file and Parquet balances as for the UTF-8 CSV files', async () => {
    const plain = await cli('analyze', '--data', TINY, '--quarter', '2024Q4', '--json');
    expect(plain.code).toBe(0);
    const dir = join(temp, 'mixed');
    cpSync(TINY, dir, { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/gbk/regions.csv'), join(dir, 'regions.csv'));
    const enrollment = tinyTable('assistance_enrollment.csv');
    rmSync(join(dir, 'assistance_enrollment.csv'));
    writeFileSync(
      join(dir, '救助对象参保.xlsx'),
      exportXlsx([
        {
          name: 'Sheet1',
          columns: enrollment.header.map((key) => ({ key, numeric: key !== 'quarter' && key !== 'category' })),
          rows: enrollment.rows.map((r) => Object.fromEntries(enrollment.header.map((h, i) => [h, r[i] ?? '']))),
        },
      ]),
    );
    const balances = tinyTable('fund_balances.csv');
    rmSync(join(dir, 'fund_balances.csv'));
    writeFileSync(
      join(dir, 'fund_balances.parquet'),
      writeParquetFile({
        year: Int32Array.from(balances.rows.map((r) => Number(r[0]))),
        region_code: balances.rows.map((r) => r[1] ?? ''),
        fund: balances.rows.map((r) => r[2] ?? ''),
        opening_balance: balances.rows.map((r) => r[3] ?? ''),
      }),
    );
    const mixed = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
    expect(mixed.stderr).toBe('');
    expect(mixed.code).toBe(0);
    expect(JSON.parse(mixed.stdout)).toEqual(JSON.parse(plain.stdout));
  });

  it('exits 1 on a broken workbook with file · sheet · row · column, no stack trace', async () => {
    const dir = join(temp, 'broken-xlsx');
    cpSync(TINY, dir, { recursive: true });
    rmSync(join(dir, 'assistance_enrollment.csv'));
    writeFileSync(join(dir, 'assistance_enrollment.xlsx'), readFileSync(join(BROKEN, 'xlsx-text-in-count/assistance_enrollment.xlsx')));
    const run = await cli('analyze', '--data', dir, '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toContain('assistance_enrollment.xlsx · 救助对象参保 · 第3行 · recipients · 救助对象人数"四百"不是整数 · 应为：非负整数');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 on a Parquet file with a float money column', async () => {
    const dir = join(temp, 'broken-parquet');
    cpSync(TINY, dir, { recursive: true });
    rmSync(join(dir, 'fund_balances.csv'));
    writeFileSync(join(dir, 'fund_balances.parquet'), readFileSync(join(BROKEN, 'parquet-money-as-double/fund_balances.parquet')));
    const run = await cli('analyze', '--data', dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('fund_balances.parquet · opening_balance · 列类型为 DOUBLE（浮点数），金额不能用浮点数存储 · 应为：string 或 DECIMAL(18,2) 类型的金额');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
