// How a bad cell is described (contract/columnRules.ts, describeInvalid), on
// cells as hostile files hold them: megabytes of digits in one cell; and
// which number forms are valid (invalidValueSql), loaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { analyze } from '../../src/engine/queries/analyze';
import type { DatasetFile } from '../../src/engine/formats/files';
import { loadDataset } from '../../src/engine/ingest/load';
import { csv, TINY_DIR, tinyWith, useEngine } from './harness';
import { said } from './said';
import { message } from '../../src/domain/messages/codes';
import type { ColumnSpec } from '../../src/engine/contract/contract';
import { describeInvalid } from '../../src/engine/contract/columnRules';
import { renderMessage } from '../../src/domain/messages/render';

const INSURED: ColumnSpec = { name: 'insured', label: '参保人数', kind: 'count' };
const AMOUNT: ColumnSpec = { name: 'amount', label: '金额', kind: 'money' };

// Found by a sweep of office tools' files: cells refused with a message that gave neither cause nor fix.
describe('describeInvalid on what office tools write', () => {
  const RATIO: ColumnSpec = { name: 'tier_ratio', label: '分档比例', kind: 'decimal' };
  const ISSUED: ColumnSpec = { name: 'issued_date', label: '下达日期', kind: 'date' };

  it("says a dash is Excel's comma or accounting format showing 0", () => {
    for (const value of ['-', '－', '—']) expect(describeInvalid(AMOUNT, value)).toEqual(message('cell.dash_zero', { label: '金额', value }));
    expect(describeInvalid(INSURED, '-').code).toBe('cell.dash_zero');
    expect(renderMessage(describeInvalid(AMOUNT, '-'), 'zh')).toBe('金额"-"：Excel 的千位分隔或会计格式把 0 显示为"-"，另存为 CSV 时写成了"-"；若为 0 请填 0，或把该列设为"常规"或"数值"格式后再另存');
  });

  it('says which decimal a ratio written as a percentage stands for', () => {
    expect(describeInvalid(RATIO, '80%')).toEqual(message('cell.percent_ratio', { label: '分档比例', value: '80%', decimal: '0.8' }));
    expect(describeInvalid(RATIO, '0.1126%')).toEqual(message('cell.percent_ratio', { label: '分档比例', value: '0.1126%', decimal: '0.001126' }));
  });

  it('says which day an Excel date serial in a CSV date column is (1900 system: 44491 is 2021-10-22)', () => {
    expect(describeInvalid(ISSUED, '44491')).toEqual(message('cell.date_serial', { value: '44491', date: '2021-10-22' }));
    // A JavaScript timestamp of a day in China is the day before in UTC: said as a zoned timestamp, not read.
    for (const zoned of ['2021-10-21T16:00:00.000Z', '2021-10-22T00:00:00+08:00', '2021-10-22T00:00:00+0800', '2021-10-22 00:00+08']) {
      expect(describeInvalid(ISSUED, zoned)).toEqual(message('cell.date_zoned', { label: ISSUED.label, value: zoned }));
    }
    expect(renderMessage(describeInvalid(ISSUED, '44491'), 'en')).toBe(
      '"44491" is an Excel date serial number (2021-10-22): the column was not formatted as a date when saved as CSV; format it as a date (yyyy-mm-dd) and save again, or load the XLSX workbook itself',
    );
    // Four digits may be a year typed alone: not taken for a day of 1905.
    expect(describeInvalid(ISSUED, '2024').code).toBe('cell.invalid');
  });
});

describe('describeInvalid on long cells', () => {
  it('says a cell of 50,000 digits is too large at once (the scientific-notation test backtracked: 4 s for 50,000 digits, 36 s for 100,000, hours for the 3 MB a hostile file holds)', () => {
    const digits = '1'.repeat(50_000);
    const started = performance.now();
    const count = describeInvalid(INSURED, digits);
    const money = describeInvalid(AMOUNT, `${digits}.5`);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(count.code).toBe('cell.too_large');
    // 50,000 integer digits and one decimal: not scientific, too large (more than 16 integer digits).
    expect(money.code).toBe('cell.too_large');
  }, 10_000);

  it('still says every form of scientific notation is one', () => {
    for (const value of ['6.0316059E+05', '1.E5', '.5e3', '-1.5e-3', '+2E2']) {
      expect(describeInvalid(AMOUNT, value), value).toEqual(message('cell.scientific', { label: '金额', value }));
    }
    expect(describeInvalid(AMOUNT, '1.2.3e4').code).toBe('cell.invalid');
  });

  it('says a number Excel wrote in scientific notation because it is too large is too large (1E+20)', () => {
    expect(describeInvalid(AMOUNT, '1E+20')).toEqual(message('cell.too_large', { kind: 'money', label: '金额', value: '1E+20', unit: null }));
    expect(describeInvalid(INSURED, '1.5E+16').code).toBe('cell.too_large');
    expect(describeInvalid(AMOUNT, '1e308').code).toBe('cell.too_large');
    expect(describeInvalid(AMOUNT, '6.0316059E+05').code).toBe('cell.scientific');
  });

  it('quotes a long cell by its first 40 characters, judged whole: a 3 MB cell made a 3 MB line', () => {
    const said = describeInvalid(INSURED, '1'.repeat(3_000_000));
    expect(said).toEqual(message('cell.too_large', { kind: 'count', label: '参保人数', value: `${'1'.repeat(40)}…`, unit: null }));
    expect(renderMessage(said, 'zh')).toBe(`参保人数"${'1'.repeat(40)}…"过大`);
    // Judged on the whole cell: digits then a letter far past the quoted start is not a number at all.
    expect(describeInvalid(INSURED, `${'1'.repeat(1000)}x`).code).toBe('cell.invalid');
    // Never half of a character outside the BMP: 39 characters, then 𠀀 (two UTF-16 units) across the cut.
    const rare = `${'区'.repeat(39)}𠀀${'区'.repeat(10)}`;
    expect(describeInvalid(AMOUNT, rare)).toEqual(message('cell.invalid', { kind: 'money', label: '金额', value: `${'区'.repeat(39)}…` }));
    // A cell of 40 characters is quoted whole.
    expect(describeInvalid(INSURED, '1'.repeat(40))).toEqual(message('cell.too_large', { kind: 'count', label: '参保人数', value: '1'.repeat(40), unit: null }));
  });
});

describe('numbers as databases and data tools write them', () => {
  const engine = useEngine();
  const tiny = (name: string): string[] => readFileSync(join(TINY_DIR, name), 'utf8').trimEnd().split('\n');
  /** Each data row's cells at `columns` rewritten. */
  const rewritten = (name: string, columns: number[], rewrite: (cell: string) => string): DatasetFile => {
    const [header = '', ...rows] = tiny(name);
    const cells = rows.map((r) => r.split(',').map((c, i) => (columns.includes(i) ? rewrite(c) : c)).join(','));
    return csv(name, [header, ...cells].join('\n'));
  };
  /** Yuan with two decimals in 万元 with six. */
  const inWan = (yuan: string): string => {
    const sign = yuan.startsWith('-') ? '-' : '';
    const fen = yuan.replace(/^-/, '').replace('.', '').padStart(7, '0');
    return `${sign}${fen.slice(0, -6)}.${fen.slice(-6)}`;
  };
  async function figures(): Promise<unknown> {
    const a = await analyze(engine(), '2024Q4', DEFAULT_POLICY_FILE);
    return [a.coverage.map((c) => [c.regionCode, c.category, c.enrolled, c.recipients]), a.funds.map((f) => [f.regionCode, f.fund, f.income.toFixed(2), f.accumulatedBalance?.toFixed(2)])];
  }

  it('reads zeros after an amount\'s second decimal (603160.5900: SQL Server\'s money, a DECIMAL(18,4)), also in 万元, -0.00 as zero, and a count written 41216.0 (pandas), to the same figures', async () => {
    expect((await loadDataset(engine(), await tinyWith())).ok).toBe(true);
    const plain = await figures();
    const report = await loadDataset(
      engine(),
      await tinyWith(
        csv('fund_flows.csv', `${tiny('fund_flows.csv').map((r, i) => (i === 0 ? r : r.replace(/,([0-9.]+)$/, (_, y: string) => `,${y}00`))).join('\n')}\n2024Q4,150102,assistance,expenditure,other,,-0.00\n`),
        rewritten('assistance_enrollment.csv', [3, 4, 5], (c) => `${c}.0`),
        csv('fund_balances.csv', ['（单位：万元）', ...tiny('fund_balances.csv').map((r, i) => (i === 0 ? r : r.replace(/,(-?[0-9.]+)$/, (_, y: string) => `,${inWan(y)}00`)))].join('\n')),
      ),
    );
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(await figures()).toEqual(plain);
    // Still refused: a third decimal that is not zero, a negative that is not zero, a count with a fraction.
    const bad = await loadDataset(
      engine(),
      await tinyWith(csv('fund_flows.csv', `${tiny('fund_flows.csv').join('\n')}\n2024Q4,150102,assistance,expenditure,other,,-0.01\n2024Q4,150103,assistance,expenditure,other,,1.0050\n`), rewritten('assistance_enrollment.csv', [3], (c) => `${c}.5`)),
    );
    expect(bad.problems.filter((p) => p.severity === 'error').map((p) => `${p.file} ${p.row} ${p.column} ${said(p)}`).slice(0, 3)).toEqual([
      'fund_flows.csv 41 amount 金额"-0.01"为负数',
      'fund_flows.csv 42 amount 金额"1.0050"超过两位小数',
      'assistance_enrollment.csv 2 recipients 救助对象人数"90.5"不是整数',
    ]);
  });
});
