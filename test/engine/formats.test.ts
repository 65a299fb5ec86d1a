// Bring your own data: the same tiny dataset as GBK CSV, as an XLSX
// workbook, with a Parquet table and with Chinese headers loads to the same
// numbers as the UTF-8 CSV files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { analyze } from '../../src/engine/queries/analyze';
import { exportXlsx, type ExportSheet } from '../../src/engine/export/exportTable';
import type { DatasetFile } from '../../src/engine/formats/files';
import { loadDataset } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { templateCsv, templateXlsx } from '../../src/engine/contract/templates';
import { readXlsx } from '../../src/engine/formats/xlsx';
import { csv, TINY_DIR, tinyWith, useEngine } from './harness';
import { writeParquetFile } from './parquetFixture';

const GBK_DIR = join(import.meta.dirname, '../fixtures/gbk');

/** Rows of a tiny CSV file (no quoted cells in the fixture). */
function tinyRows(name: string): { header: string[]; rows: string[][] } {
  const [header = '', ...lines] = readFileSync(join(TINY_DIR, name), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/).filter((l) => l !== '');
  return { header: header.split(','), rows: lines.map((l) => l.split(',')) };
}

function sheetOf(name: string, sheet: string): ExportSheet {
  const { header, rows } = tinyRows(name);
  return { name: sheet, columns: header.map((key) => ({ key })), rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

describe('formats', () => {
  const engine = useEngine();

  /** Province coverage and resident balance at 2024Q4, and row counts: the tiny dataset's fingerprint. */
  async function figures(): Promise<unknown> {
    const a = await analyze(engine(), '2024Q4', DEFAULT_POLICY_FILE);
    const province = a.coverage.find((c) => c.regionCode === '150000' && c.category === null);
    const resident = a.funds.find((f) => f.regionCode === '150000' && f.fund === 'resident');
    const names = await engine().query('SELECT name FROM regions ORDER BY region_code');
    return [province?.enrolled, province?.recipients, resident?.accumulatedBalance?.toFixed(2), names.map((r) => r.name).join('|')];
  }
  // The fixture's figures (test/engine/badInput.test.ts): 2031 of 2050 enrolled, 4,801,134.57 resident balance.
  const TINY = [2031, 2050, '4801134.57', '内蒙古自治区|呼和浩特市|新城区|回民区|包头市|东河区'];

  it('loads the tiny dataset as CSV (baseline)', async () => {
    expect((await loadDataset(engine(), await readDatasetDir(TINY_DIR))).ok).toBe(true);
    expect(await figures()).toEqual(TINY);
  });

  it('reads a GBK-encoded CSV with CRLF and Chinese headers to the same numbers as its UTF-8 twin', async () => {
    const gbk = readFileSync(join(GBK_DIR, 'regions.csv'));
    // The fixture really is GBK: "区划代码" is C7F8 BBAE B4FA C2EB there.
    expect([...gbk.subarray(0, 4)]).toEqual([0xc7, 0xf8, 0xbb, 0xae]);
    const report = await loadDataset(engine(), await tinyWith({ name: 'regions.csv', bytes: new Uint8Array(gbk) }));
    expect(report.problems).toEqual([]);
    expect(report.files.find((f) => f.table === 'regions')).toEqual({ file: 'regions.csv', sheet: null, table: 'regions', format: 'csv', encoding: 'gb18030', rows: 6 });
    expect(await figures()).toEqual(TINY);
    const twin = await loadDataset(engine(), await tinyWith({ name: 'regions.csv', bytes: new Uint8Array(readFileSync(join(GBK_DIR, 'regions.utf8.csv'))) }));
    expect(twin.files.find((f) => f.table === 'regions')?.encoding).toBe('utf-8');
    expect(await figures()).toEqual(TINY);
  });

  it('reads one workbook with a sheet per table, named by table name or Chinese label', async () => {
    const book = exportXlsx([
      sheetOf('regions.csv', '行政区划'),
      sheetOf('assistance_enrollment.csv', 'assistance_enrollment'),
      sheetOf('fund_flows.csv', '基金收支'),
      sheetOf('fund_balances.csv', 'fund_balances'),
      { name: '说明', columns: [{ key: 'x' }], rows: [{ x: 'ignored' }] },
    ]);
    const report = await loadDataset(engine(), [{ name: 'dir/我的数据.xlsx', bytes: book }]);
    expect(report.problems).toEqual([]);
    expect(report.files.map((f) => `${f.sheet}→${f.table}:${f.rows}`)).toEqual([
      '行政区划→regions:6',
      'assistance_enrollment→assistance_enrollment:8',
      '基金收支→fund_flows:39',
      'fund_balances→fund_balances:7',
    ]);
    expect(await figures()).toEqual(TINY);
  });

  it('reads one file per table, numbers as number cells and Excel date serials', async () => {
    const transfers: ExportSheet = {
      name: 'Sheet1',
      columns: ['transfer_id', 'year', 'fund', 'from_level', 'to_region_code', 'kind', 'amount', 'issued_date', 'received_date', 'source_transfer_id'].map((key) => ({
        key,
        numeric: ['year', 'amount', 'issued_date', 'received_date'].includes(key),
      })),
      // 45306 = 2024-01-15 and 45342 = 2024-02-20 in the 1900 system (45292 = 2024-01-01).
      rows: [{ transfer_id: '内财社〔2024〕1号', year: 2024, fund: 'assistance', from_level: 'central', to_region_code: '150100', kind: 'formal', amount: '1234.5', issued_date: 45306, received_date: 45342, source_transfer_id: null }],
    };
    const report = await loadDataset(engine(), await tinyWith({ name: 'transfers.xlsx', bytes: exportXlsx([transfers]) }));
    expect(report.problems).toEqual([]);
    expect(await engine().query('SELECT transfer_id, CAST(amount AS VARCHAR) AS amount, CAST(issued_date AS VARCHAR) AS issued, CAST(received_date AS VARCHAR) AS received FROM transfers')).toEqual([
      { transfer_id: '内财社〔2024〕1号', amount: '1234.50', issued: '2024-01-15', received: '2024-02-20' },
    ]);
  });

  it('reports a bad cell of a sheet by file, sheet, Excel row and column', async () => {
    const flows = sheetOf('fund_flows.csv', 'fund_flows');
    // Excel row 1 blank, header in row 2, so the fixture's 3rd data row is Excel row 5.
    const rows = [...flows.rows];
    rows[2] = { ...rows[2], amount: '12.345' };
    const book = exportXlsx([sheetOf('regions.csv', 'regions'), { ...flows, rows }]);
    const report = await loadDataset(engine(), [{ name: 'book.xlsx', bytes: book }]);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      // Data, not a sentence: the code and the value quoted from the sheet.
      expect.objectContaining({ file: 'book.xlsx', sheet: 'fund_flows', row: 4, column: 'amount', problem: { code: 'cell.too_many_decimals', params: { value: '12.345', unit: null, decimals: 2 } } }),
    ]);
  });

  it('reads a Parquet table through Arrow IPC', async () => {
    const { rows } = tinyRows('fund_balances.csv');
    const parquet = writeParquetFile({
      年度: Int32Array.from(rows.map((r) => Number(r[0]))),
      region_code: rows.map((r) => r[1] ?? ''),
      fund: rows.map((r) => r[2] ?? ''),
      opening_balance: rows.map((r) => r[3] ?? ''),
    });
    const files = (await tinyWith()).filter((f) => f.name !== 'fund_balances.csv');
    const report = await loadDataset(engine(), [...files, { name: 'fund_balances.parquet', bytes: parquet }]);
    expect(report.problems).toEqual([]);
    expect(report.files.find((f) => f.table === 'fund_balances')).toMatchObject({ format: 'parquet', rows: 7 });
    expect(await figures()).toEqual(TINY);
  });

  it('loads its own templates: explanation rows are skipped', async () => {
    const regions = `${templateCsv('regions').trimEnd()}\r\n010000,测试省,province,,\r\n`;
    expect(regions.split('\r\n')[1]).toMatch(/^# 中文列名：区划代码,名称,级别,上级区划代码,地区类别$/);
    const csvReport = await loadDataset(engine(), [csv('regions.csv', regions)]);
    expect(csvReport.problems).toEqual([]);
    // Header = row 1, two note rows (2, 3): the data row is row 4 but counted once.
    expect(csvReport.tables.regions).toBe(1);
    const book = readXlsx(templateXlsx());
    expect(book.sheets.map((s) => s.name)).toEqual(['说明', 'regions', 'assistance_enrollment', 'roster', 'resident_enrollment', 'fund_flows', 'fund_balances', 'budgets', 'obligations', 'transfers', 'allocation_factors', 'allocation_totals', 'region_tiles']);
    expect(book.sheets[5]?.rows[2]?.cells[2]?.text).toBe('必填；以下之一：assistance（城乡医疗救助基金） | resident（城乡居民医保基金）');
    const empty = await loadDataset(engine(), [{ name: 'template.xlsx', bytes: templateXlsx() }]);
    expect(empty.problems).toEqual([]);
    expect(Object.values(empty.tables).every((n) => n === 0)).toBe(true);
  });

  it('reports the progress of each input and can be cancelled, keeping the loaded dataset', async () => {
    expect((await loadDataset(engine(), await readDatasetDir(TINY_DIR))).ok).toBe(true);
    const steps: string[] = [];
    const controller = new AbortController();
    const files: DatasetFile[] = await tinyWith();
    const report = await loadDataset(engine(), files, {
      signal: controller.signal,
      onProgress: (p) => {
        steps.push(`${p.step} ${p.done}/${p.total}${p.file ? ` ${p.file}` : ''}`);
        if (p.done === 2) controller.abort();
      },
    });
    expect(steps).toEqual(['read 0/4 regions.csv', 'read 1/4 assistance_enrollment.csv', 'read 2/4 fund_flows.csv']);
    expect(report).toMatchObject({ ok: false, cancelled: true, problems: [] });
    expect(await figures()).toEqual(TINY);
  });
});
