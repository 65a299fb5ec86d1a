// Bad input never half-loads: each case names the exact file, row (header =
// row 1) and column, and the dataset loaded before keeps answering the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/queries/analyze';
import type { DatasetFile } from '../../src/engine/formats/files';
import { loadDataset } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import type { Problem } from '../../src/engine/ingest/problems';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { csv, TINY_DIR, tinyWith, useEngine } from './harness';
import { said, wanted } from './said';

const tinyText = (name: string): string => readFileSync(join(TINY_DIR, name), 'utf8');
/** The tiny file with `line` appended as its last data row. */
const appended = (name: string, line: string): DatasetFile => csv(name, `${tinyText(name)}${line}\n`);
/** The tiny file with its data row `row` (header = 1) replaced. */
const replacedRow = (name: string, row: number, line: string): DatasetFile => {
  const lines = tinyText(name).split('\n');
  lines[row - 1] = line;
  return csv(name, lines.join('\n'));
};

interface Case {
  name: string;
  files: () => Promise<DatasetFile[]>;
  expected: Pick<Problem, 'file' | 'row' | 'column'> & { problem?: RegExp };
}

// assistance_enrollment.csv has 8 data rows (rows 2–9), fund_flows.csv 39 (rows 2–40).
const CASES: Case[] = [
  {
    name: 'missing column',
    files: () => tinyWith(csv('fund_flows.csv', 'quarter,region_code,fund,direction,item,source_level\n2024Q1,150100,resident,expenditure,inpatient,\n')),
    expected: { file: 'fund_flows.csv', row: 1, column: 'amount', problem: /缺少列"amount"/ },
  },
  {
    // An extra column is not read (a notice); the column it stands in for is still missing.
    name: 'unknown column in place of a contract column',
    files: () => tinyWith(csv('fund_balances.csv', 'year,region_code,fund,remark\n2024,150100,resident,1.00\n')),
    expected: { file: 'fund_balances.csv', row: 1, column: 'opening_balance', problem: /缺少列"opening_balance"/ },
  },
  {
    name: 'bad quarter',
    files: () => tinyWith(appended('fund_flows.csv', '2024Q5,150100,resident,expenditure,inpatient,,1.00')),
    expected: { file: 'fund_flows.csv', row: 41, column: 'quarter', problem: /季度"2024Q5"/ },
  },
  {
    name: 'money with three decimals',
    files: () => tinyWith(replacedRow('fund_flows.csv', 3, '2023Q1,150100,resident,income,fiscal_subsidy,central,1000000.005')),
    expected: { file: 'fund_flows.csv', row: 3, column: 'amount', problem: /超过两位小数/ },
  },
  {
    // A header saved with CRLF and rows appended with LF: DuckDB's strict
    // reader alone fails on that mix with an unhelpful message.
    name: 'mixed line ends still report the bad cell',
    files: () =>
      tinyWith(
        csv(
          'fund_flows.csv',
          'quarter,region_code,fund,direction,item,source_level,amount\r\n' +
            '2023Q1,150100,resident,income,individual_contribution,individual,3979062.01\n' +
            '2024Q4,150100,resident,income,fiscal_subsidy,central,12.345\n',
        ),
      ),
    expected: { file: 'fund_flows.csv', row: 3, column: 'amount', problem: /超过两位小数/ },
  },
  {
    name: 'negative amount in a flow',
    files: () => tinyWith(appended('fund_flows.csv', '2024Q4,150102,assistance,expenditure,emergency,,-5.00')),
    expected: { file: 'fund_flows.csv', row: 41, column: 'amount', problem: /为负数/ },
  },
  {
    name: 'float-like region code',
    files: () => tinyWith(appended('assistance_enrollment.csv', '2024Q4,150102.0,orphan,1,1,1,400.00')),
    expected: { file: 'assistance_enrollment.csv', row: 10, column: 'region_code', problem: /150102\.0.*小数点/ },
  },
  {
    name: 'unknown region',
    files: () => tinyWith(appended('assistance_enrollment.csv', '2024Q4,150199,orphan,1,1,1,400.00')),
    expected: { file: 'assistance_enrollment.csv', row: 10, column: 'region_code', problem: /150199.*不在 regions\.csv/ },
  },
  {
    name: 'enrolled > recipients',
    files: () => tinyWith(replacedRow('assistance_enrollment.csv', 6, '2024Q4,150103,dibao,300,301,290,52200.00')),
    expected: { file: 'assistance_enrollment.csv', row: 6, column: 'enrolled', problem: /已参保人数 301 大于救助对象人数 300/ },
  },
  {
    name: 'duplicate key',
    files: () => tinyWith(appended('assistance_enrollment.csv', '2024Q4,150102,tekun,1,1,1,400.00')),
    expected: { file: 'assistance_enrollment.csv', row: 10, column: 'quarter+region_code+category', problem: /与第4行重复/ },
  },
  {
    name: 'date that does not exist',
    files: () =>
      tinyWith(
        csv(
          'transfers.csv',
          'transfer_id,year,fund,from_level,to_region_code,kind,amount,issued_date,received_date,source_transfer_id\n' +
            'T1,2024,assistance,central,150100,formal,100.00,2024-01-15,2024-01-20,\n' +
            'T2,2024,assistance,province,150102,formal,100.00,2024-02-30,,T1\n',
        ),
      ),
    expected: { file: 'transfers.csv', row: 3, column: 'issued_date', problem: /2024-02-30.*不存在/ },
  },
  {
    // Issue 19: a chain that loops has no first document, so its money has no origin level.
    name: 'transfer chain that loops',
    files: () =>
      tinyWith(
        csv(
          'transfers.csv',
          'transfer_id,year,fund,from_level,to_region_code,kind,amount,issued_date,received_date,source_transfer_id\n' +
            'T1,2024,assistance,province,150100,formal,100.00,2024-01-15,2024-01-20,T3\n' +
            'T2,2024,assistance,province,150102,formal,100.00,2024-02-15,2024-02-20,T1\n' +
            'T3,2024,assistance,province,150102,formal,100.00,2024-03-15,2024-03-20,T2\n',
        ),
      ),
    expected: { file: 'transfers.csv', row: 2, column: 'source_transfer_id', problem: /^来源文号链循环：T1 → T3 → T2 → T1$/ },
  },
  {
    name: 'transfer chain that points to a missing document',
    files: () =>
      tinyWith(
        csv(
          'transfers.csv',
          'transfer_id,year,fund,from_level,to_region_code,kind,amount,issued_date,received_date,source_transfer_id\n' +
            'T1,2024,assistance,central,150000,formal,100.00,2024-01-15,2024-01-20,\n' +
            'T2,2024,assistance,province,150100,formal,100.00,2024-02-15,2024-02-20,T9\n',
        ),
      ),
    expected: { file: 'transfers.csv', row: 3, column: 'source_transfer_id', problem: /^来源文号"T9"不在 transfers.csv 中$/ },
  },
  {
    name: 'unknown category',
    files: () => tinyWith(appended('assistance_enrollment.csv', '2024Q4,150202,poor,1,1,1,400.00')),
    expected: { file: 'assistance_enrollment.csv', row: 10, column: 'category', problem: /"poor"不是允许的取值/ },
  },
  {
    name: 'negative count',
    files: () => tinyWith(appended('assistance_enrollment.csv', '2024Q4,150202,orphan,-5,0,0,0.00')),
    expected: { file: 'assistance_enrollment.csv', row: 10, column: 'recipients', problem: /"-5"为负数/ },
  },
  {
    // Office tables write a dash for "nothing": not a negative number, and not said to be one.
    name: 'a dash for zero in a money cell',
    files: () => tinyWith(appended('fund_flows.csv', '2024Q4,150103,assistance,expenditure,inpatient,,-')),
    expected: { file: 'fund_flows.csv', row: 41, column: 'amount', problem: /^金额"-"：Excel 的千位分隔或会计格式把 0 显示为"-"/ },
  },
  {
    name: 'a dash for zero in a count cell',
    files: () => tinyWith(appended('assistance_enrollment.csv', '2024Q4,150202,orphan,-,0,0,0.00')),
    expected: { file: 'assistance_enrollment.csv', row: 10, column: 'recipients', problem: /^(?!.*负数).*"-"/ },
  },
  {
    name: 'empty required cell',
    files: () => tinyWith(appended('fund_flows.csv', '2024Q4,,assistance,expenditure,inpatient,,1.00')),
    expected: { file: 'fund_flows.csv', row: 41, column: 'region_code', problem: /为空/ },
  },
  {
    name: 'income row without source level',
    files: () => tinyWith(appended('fund_flows.csv', '2024Q4,150103,assistance,income,donation,,1.00')),
    expected: { file: 'fund_flows.csv', row: 41, column: 'source_level', problem: /缺少资金来源级次/ },
  },
  {
    name: 'expenditure item booked as income',
    files: () => tinyWith(appended('fund_flows.csv', '2024Q4,150103,assistance,income,inpatient,central,1.00')),
    expected: { file: 'fund_flows.csv', row: 41, column: 'item', problem: /是支出项目，本行收支方向为收入/ },
  },
  {
    // One straight under the province is a 省直管县 and loads as a pool of its own (test/cli/provinceDirect.test.ts).
    name: 'county hung under a county',
    files: () => tinyWith(appended('regions.csv', '150203,昆都仑区,county,150102,1\r')),
    expected: { file: 'regions.csv', row: 8, column: 'parent_code', problem: /层级不对/ },
  },
  {
    // European Excel saves "CSV" with semicolons: one problem that says so, not every column missing.
    name: 'semicolon-separated file',
    files: () => tinyWith(csv('fund_balances.csv', 'year;region_code;fund;opening_balance\n2024;150100;resident;1,00\n')),
    expected: { file: 'fund_balances.csv', row: 1, column: null, problem: /^表头用分号（;）分隔/ },
  },
  {
    // Excel writes `sep=;` above such a header: it was taken for the header, and every column said missing.
    name: 'semicolon-separated file below Excel\'s sep=; line',
    files: () => tinyWith(csv('fund_balances.csv', 'sep=;\r\nyear;region_code;fund;opening_balance\r\n2024;150100;resident;1,00\r\n')),
    expected: { file: 'fund_balances.csv', row: 2, column: null, problem: /^表头用分号（;）分隔/ },
  },
  {
    // Two UTF-8 files with BOMs joined (copy a.csv+b.csv): the second's BOM starts a row. Quoted without it, the code looked valid.
    name: 'BOM at the start of a row',
    files: () => tinyWith(replacedRow('regions.csv', 4, '\ufeff150102,新城区,county,150100,2')),
    expected: { file: 'regions.csv', row: 4, column: 'region_code', problem: /^区划代码"\\ufeff150102"不是6位数字$/ },
  },
  {
    name: 'row with an extra cell',
    files: () => tinyWith(appended('fund_balances.csv', '2024,150200,resident,1.00,extra')),
    expected: { file: 'fund_balances.csv', row: 9, column: null, problem: /列数不对/ },
  },
  {
    // GBK is read since issue 4; bytes that are neither UTF-8 nor GB18030 (0xFF never occurs in either) are refused.
    name: 'neither UTF-8 nor GBK',
    files: () => tinyWith({ name: 'fund_balances.csv', bytes: new Uint8Array([0xc7, 0xf8, 0xff, 0xae, 0xb4, 0xfa, 0xc2, 0xeb, 0x0a]) }),
    expected: { file: 'fund_balances.csv', row: null, column: null, problem: /既不是 UTF-8 也不是 GBK/ },
  },
  {
    name: 'bad policy.json',
    files: () => tinyWith(csv('policy.json', JSON.stringify({ ...DEFAULT_POLICY_FILE, years: [{ ...DEFAULT_POLICY_FILE.years[0], coverage_target: '1.5' }] }))),
    expected: { file: 'policy.json', row: null, column: null, problem: /coverage_target/ },
  },
  {
    name: 'policy.json that is not JSON',
    files: () => tinyWith(csv('data/policy.json', '{ "schema": ')),
    expected: { file: 'policy.json', row: 1, column: null, problem: /不是有效的 JSON：第13列处文件提前结束/ },
  },
  {
    name: 'missing regions.csv',
    files: async () => (await tinyWith()).filter((f) => f.name !== 'regions.csv'),
    expected: { file: 'regions.csv', row: null, column: null, problem: /缺少必需的文件/ },
  },
];

describe('bad input', () => {
  const engine = useEngine();

  /** Figures of the tiny dataset that must survive every failed load. */
  async function tinyFigures(): Promise<unknown> {
    const a = await analyze(engine(), '2024Q4', DEFAULT_POLICY_FILE);
    const province = a.coverage.find((c) => c.regionCode === '150000' && c.category === null);
    const resident = a.funds.find((f) => f.regionCode === '150000' && f.fund === 'resident');
    const counts = await engine().query(
      'SELECT (SELECT CAST(count(*) AS BIGINT) FROM fund_flows) AS flows, (SELECT CAST(count(*) AS BIGINT) FROM regions) AS regions, (SELECT CAST(count(*) AS BIGINT) FROM transfers) AS transfers',
    );
    return [province?.enrolled, province?.recipients, resident?.accumulatedBalance?.toFixed(2), counts];
  }
  const TINY_FIGURES = [2031, 2050, '4801134.57', [{ flows: 39, regions: 6, transfers: 0 }]];

  beforeAll(async () => {
    const report = await loadDataset(engine(), await readDatasetDir(TINY_DIR));
    expect(report.ok).toBe(true);
    expect(await tinyFigures()).toEqual(TINY_FIGURES);
  });

  it.each(CASES)('$name', async ({ files, expected }) => {
    const report = await loadDataset(engine(), await files());
    expect(report.ok).toBe(false);
    expect(report.policyFile).toBeNull();
    const match = report.problems.find((p) => p.file === expected.file && p.row === expected.row && p.column === expected.column);
    expect(match, JSON.stringify(report.problems, null, 1)).toBeDefined();
    expect(match?.severity).toBe('error');
    if (expected.problem) expect(said(match)).toMatch(expected.problem);
    expect(wanted(match)).not.toBe('');
    expect(await tinyFigures()).toEqual(TINY_FIGURES);
  });

  it('accepts a negative opening balance (an overdrawn account)', async () => {
    // fund_balances.csv of the fixture already holds −100.00 for 150202; here a second one.
    const report = await loadDataset(engine(), await tinyWith(appended('fund_balances.csv', '2024,150200,resident,-0.01')));
    expect(report.problems).toEqual([]);
    const a = await analyze(engine(), '2024Q4', DEFAULT_POLICY_FILE);
    // 4,801,134.57 − 0.01
    expect(a.funds.find((f) => f.regionCode === '150000' && f.fund === 'resident')?.accumulatedBalance?.toFixed(2)).toBe('4801134.56');
    await loadDataset(engine(), await readDatasetDir(TINY_DIR));
  });

  it('warns about a file outside the contract and loads the rest', async () => {
    // .xlsx is read since issue 4: the old binary .xls format is not.
    const report = await loadDataset(engine(), await tinyWith(csv('notes.txt', 'hello'), csv('budgets.xls', 'x')));
    expect(report.ok).toBe(true);
    expect(report.problems.map((p) => [p.file, p.severity])).toEqual([
      ['notes.txt', 'warning'],
      ['budgets.xls', 'warning'],
    ]);
    expect(await tinyFigures()).toEqual(TINY_FIGURES);
  });

  it('lists at most 200 problems per file and counts the rest', async () => {
    const lines = Array.from({ length: 250 }, (_, i) => `2024Q4,150102,assistance,expenditure,inpatient,,1.${String(i).padStart(3, '0')}1`);
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', `${tinyText('fund_flows.csv')}${lines.join('\n')}\n`)));
    expect(report.ok).toBe(false);
    const flows = report.problems.filter((p) => p.file === 'fund_flows.csv');
    expect(flows).toHaveLength(201);
    expect(flows[0]).toMatchObject({ row: 41, column: 'amount' });
    // 250 amounts with four decimals and 250 repeats of the key of the fixture's row 35
    // (2024Q4 150102 assistance expenditure inpatient): 500 problems, 200 listed.
    expect(flows[200]).toMatchObject({ row: null, problem: { code: 'problem.more', params: { count: 300 } } });
    expect([said(flows[200]), said(flows[200], 'en')]).toEqual(['另有 300 个问题未列出', '300 more problems not listed']);
    expect(await tinyFigures()).toEqual(TINY_FIGURES);
  });
});
