// Found by the sweep of unseen input: a workbook whose first sheet is hidden
// (last year's figures kept out of sight, a code list). fund_balances.xlsx
// with no sheet named after its table was read from its first sheet, hidden
// or not: the hidden old figures were loaded in place of the visible ones.
// A hidden sheet is never read; a notice names it.
import { strToU8, zipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import type { DatasetFile } from '../../src/engine/formats/files';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { analyze } from '../../src/engine/queries/analyze';
import { TINY_DIR, tinyWith, useEngine } from './harness';

type Sheet = { name: string; state?: 'hidden' | 'veryHidden'; rows: string[][] };

/** A workbook of inline-string sheets, each with its visibility as Excel writes it. */
function workbook(name: string, sheets: readonly Sheet[]): DatasetFile {
  const column = (i: number): string => String.fromCharCode(65 + i);
  const sheetXml = (rows: string[][]): string =>
    `<worksheet><sheetData>${rows
      .map((cells, r) => `<row r="${r + 1}">${cells.map((v, c) => `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`)
      .join('')}</sheetData></worksheet>`;
  const parts: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(
      `<workbook><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships>${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.rows));
  });
  return { name, bytes: zipSync(parts) };
}

describe('hidden sheets', () => {
  const engine = useEngine();

  const balances = async (): Promise<string[][]> =>
    (await readFile(join(TINY_DIR, 'fund_balances.csv'), 'utf8'))
      .replace(/^\ufeff/, '')
      .split(/\r?\n/)
      .filter((l) => l !== '')
      .map((l) => l.split(','));

  it('reads fund_balances.xlsx from its first visible sheet, not the hidden one before it, and says so', async () => {
    const rows = await balances();
    const old = [rows[0]!, ...rows.slice(1).map((r) => [...r.slice(0, 3), '1.00'])];
    const files = await tinyWith(workbook('fund_balances.xlsx', [{ name: '旧数据', state: 'hidden', rows: old }, { name: 'Sheet2', rows }]));
    const report = await loadDataset(engine(), files.filter((f) => f.name !== 'fund_balances.csv'));
    expect(report.ok).toBe(true);
    expect(report.problems.map((p) => formatProblem(p))).toEqual([
      'fund_balances.xlsx · 旧数据 · 隐藏的工作表，未读取 · 应为：要载入的数据放在未隐藏的工作表中',
    ]);
    expect(formatProblem(report.problems[0]!, 'en')).toBe('fund_balances.xlsx · 旧数据 · A hidden sheet; it was not read · expected: the data to load in a sheet that is not hidden');
    // 150100's resident opening balance for 2024 is the visible sheet's, as in the CSV.
    const resident = (await analyze(engine(), '2024Q4', DEFAULT_POLICY_FILE)).funds.find((f) => f.regionCode === '150100' && f.fund === 'resident');
    const fromCsv = await loadDataset(engine(), await tinyWith());
    expect(fromCsv.ok).toBe(true);
    const expected = (await analyze(engine(), '2024Q4', DEFAULT_POLICY_FILE)).funds.find((f) => f.regionCode === '150100' && f.fund === 'resident');
    expect(resident?.accumulatedBalance?.toString()).toBe(expected?.accumulatedBalance?.toString());
    expect(resident?.accumulatedBalance).not.toBeNull();
  });

  it('does not load a hidden sheet named after a table in a workbook of tables', async () => {
    const rows = await balances();
    const budgets = [['year', 'region_code', 'fund', 'direction', 'amount'], ['2024', '150100', 'resident', 'income', '5.00']];
    const files = await tinyWith(workbook('数据.xlsx', [{ name: 'budgets', state: 'veryHidden', rows: budgets }, { name: '年初结余', rows }]));
    const report = await loadDataset(engine(), files.filter((f) => f.name !== 'fund_balances.csv'));
    expect(report.ok).toBe(true);
    expect(report.tables.budgets).toBe(0);
    expect(report.tables.fund_balances).toBe(rows.length - 1);
    expect(report.problems.map((p) => formatProblem(p))).toEqual(['数据.xlsx · budgets · 隐藏的工作表，未读取 · 应为：要载入的数据放在未隐藏的工作表中']);
  });

  it('reads fund_balances.xlsx from the sheet holding its header when a visible note sheet comes first (填表说明, Sheet1 of notes)', async () => {
    const rows = await balances();
    const notes = [['2024年年初结余填报说明'], ['1. 金额单位：元'], ['2. 每个旗县区每项基金一行']];
    for (const first of ['填表说明', 'Sheet1']) {
      const files = await tinyWith(workbook('fund_balances.xlsx', [{ name: first, rows: notes }, { name: 'Sheet2', rows }]));
      const report = await loadDataset(engine(), files.filter((f) => f.name !== 'fund_balances.csv'));
      expect(report.problems.map((p) => formatProblem(p)), first).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.tables.fund_balances).toBe(rows.length - 1);
    }
  });

  // Found by stop 33's sweep: fund_flows.xlsx with a sheet a year (2022–2023, 2024) loaded the first sheet alone,
  // without a word — every 2024 flow gone; the same workbook under another name was refused as the same table twice.
  it('refuses a second visible sheet under the table\'s header (a sheet a year, Excel\'s copy "Sheet1 (2)") rather than leave its rows out', async () => {
    const [header = [], ...data] = await balances();
    const half = Math.ceil(data.length / 2);
    for (const [first, second] of [['Sheet1', 'Sheet2'], ['2022-2023', '2024'], ['fund_balances', 'fund_balances (2)']] as const) {
      const files = await tinyWith(workbook('fund_balances.xlsx', [{ name: first, rows: [header, ...data.slice(0, half)] }, { name: second, rows: [header, ...data.slice(half)] }]));
      const report = await loadDataset(engine(), files.filter((f) => f.name !== 'fund_balances.csv'));
      expect(report.ok, first).toBe(false);
      expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p)), first).toEqual([
        `fund_balances.xlsx · ${second} · 同一张表出现了两次（已有 fund_balances.xlsx 的工作表"${first}"） · 应为：每张表只提供一个文件或工作表`,
      ]);
    }
  });

  it('keeps reading the first sheet when no sheet names the columns: its problems are said against it', async () => {
    const notes = [['说明'], ['金额单位：元']];
    const files = await tinyWith(workbook('fund_balances.xlsx', [{ name: 'Sheet1', rows: notes }, { name: 'Sheet2', rows: [['地区', '金额']] }]));
    const report = await loadDataset(engine(), files.filter((f) => f.name !== 'fund_balances.csv'));
    expect(report.ok).toBe(false);
    expect(report.problems.every((p) => p.sheet === 'Sheet1')).toBe(true);
  });
});
