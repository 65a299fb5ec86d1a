// The XLSX corpus (test/fixtures/office/make_corpus.py): workbooks written by
// openpyxl and LibreOffice for the contract's tables — inline and shared
// strings, merged titles and header cells merged over two rows, a 单位：万元
// line, 备注 columns, dates as serial numbers, region codes stored as
// numbers, a 合计 row of formulas. Each loads through the engine to exactly
// the rows of its plain CSV (yuan), beside the rest of the tiny dataset.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../../src/engine/formats/files';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { tinyWith, useEngine } from './harness';

const OFFICE = join(import.meta.dirname, '../fixtures/office');

interface CorpusEntry {
  file: string;
  table: string;
  plain: string;
  features: string[];
}

const CORPUS = JSON.parse(readFileSync(join(OFFICE, 'corpus.json'), 'utf8')) as CorpusEntry[];
const bytes = (path: string): Uint8Array => new Uint8Array(readFileSync(join(OFFICE, path)));

/** The tiny dataset with `table` taken from `file` (its CSV, if tiny has one, left out). */
async function withTable(table: string, file: DatasetFile): Promise<DatasetFile[]> {
  return [...(await tinyWith()).filter((f) => f.name !== `${table}.csv`), file];
}

// Sums of the plain files, added up by hand.
const TOTALS: Record<string, [string, string]> = {
  transfers: ['amount', '6519135.83'],
  budgets: ['amount', '15930000.50'],
  assistance_enrollment: ['subsidy_amount', '485680.00'],
  fund_flows: ['amount', '23196234.90'],
};

describe('the XLSX corpus', () => {
  const engine = useEngine();

  async function rows(table: string): Promise<unknown[]> {
    return engine().query(`SELECT COLUMNS(*)::VARCHAR FROM ${table} ORDER BY ALL`);
  }

  it('holds the workbooks make_corpus.py lists', () => {
    expect(CORPUS.map((c) => c.file).sort()).toEqual([
      'xlsx-libreoffice/assistance_enrollment.xlsx',
      'xlsx-libreoffice/budgets.xlsx',
      'xlsx-libreoffice/fund_flows.xlsx',
      'xlsx-libreoffice/regions.xlsx',
      'xlsx-libreoffice/transfers.xlsx',
      'xlsx-openpyxl/budgets.xlsx',
      'xlsx-openpyxl/fund_flows.xlsx',
      'xlsx-openpyxl/transfers.xlsx',
    ]);
  });

  it.each(CORPUS.map((c) => [c.file, c] as const))('%s loads to the rows of its plain CSV', async (_name, entry) => {
    const plain = await loadDataset(engine(), await withTable(entry.table, { name: `${entry.table}.csv`, bytes: bytes(entry.plain) }));
    expect(plain.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
    const expected = await rows(entry.table);
    expect(expected.length).toBeGreaterThan(5);

    const report = await loadDataset(engine(), await withTable(entry.table, { name: entry.file.split('/')[1] ?? '', bytes: bytes(entry.file) }));
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
    expect(report.ok).toBe(true);
    expect(await rows(entry.table)).toEqual(expected);
    const total = TOTALS[entry.table];
    if (total) {
      const [sum] = await engine().query(`SELECT CAST(sum(${total[0]}) AS VARCHAR) AS s FROM ${entry.table}`);
      expect(sum?.s).toBe(total[1]);
    }
  });

  it('reads dates stored as serial numbers as the days they show', async () => {
    await loadDataset(engine(), await withTable('transfers', { name: 'transfers.xlsx', bytes: bytes('xlsx-libreoffice/transfers.xlsx') }));
    const dates = await engine().query(
      "SELECT CAST(issued_date AS VARCHAR) AS issued, CAST(received_date AS VARCHAR) AS received FROM transfers WHERE transfer_id = '财社〔2023〕31号'",
    );
    expect(dates).toEqual([{ issued: '2023-10-22', received: '2023-10-26' }]);
  });

  it('keeps region codes stored as numbers as six-digit text', async () => {
    await loadDataset(engine(), await withTable('regions', { name: 'regions.xlsx', bytes: bytes('xlsx-libreoffice/regions.xlsx') }));
    const codes = await engine().query("SELECT region_code, name FROM regions WHERE parent_code = '150100' ORDER BY ALL");
    expect(codes).toEqual([
      { region_code: '150102', name: '新城区' },
      { region_code: '150103', name: '回民区' },
    ]);
  });
});
