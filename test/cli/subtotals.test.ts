// 小计 rows on the command line (native DuckDB): data/sample with a 小计 row
// after each quarter's city and its counties in fund_flows.csv and
// assistance_enrollment.csv, and a 合计 row at the end of each, analyses to
// the byte what the plain sample does; one wrong 小计 is refused at its row.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Dec, group } from '../../src/domain/money';
import { cli } from './runCli';

const SAMPLE = join(import.meta.dirname, '../../data/sample');

const names = new Map(
  readFileSync(join(SAMPLE, 'regions.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((l) => [l.split(',')[0] ?? '', l.split(',')[1] ?? '']),
);

/** The sample file with a 小计 row after each (quarter, city) block, in turns of spelling, and a 合计 row at the end. */
function withSubtotals(file: string, numeric: readonly string[]): { text: string; subtotalRows: number[] } {
  const [header = '', ...rows] = readFileSync(join(SAMPLE, file), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\n');
  const columns = header.split(',');
  const at = numeric.map((c) => columns.indexOf(c));
  const sumRow = (label: string, block: readonly string[]): string => {
    const cells = columns.map(() => '');
    cells[0] = label;
    for (const i of at) cells[i] = block.reduce((acc, l) => acc.plus(new Dec(l.split(',')[i] ?? '0')), new Dec(0)).toFixed();
    return cells.join(',');
  };
  const out = [header];
  const subtotalRows: number[] = [];
  let block: string[] = [];
  let key = '';
  const close = (): void => {
    if (block.length === 0) return;
    const city = names.get(`${key.slice(-4)}00`) ?? '';
    const label = [`${city}小计`, '小计', '小 计：', `${city} 小计:`][subtotalRows.length % 4] ?? '小计';
    out.push(sumRow(label, block));
    subtotalRows.push(out.length);
  };
  for (const row of rows) {
    const [quarter = '', region = ''] = row.split(',');
    if (`${quarter}${region.slice(0, 4)}` !== key) {
      close();
      block = [];
      key = `${quarter}${region.slice(0, 4)}`;
    }
    block.push(row);
    out.push(row);
  }
  close();
  out.push(sumRow('合计', rows));
  return { text: `${out.join('\n')}\n`, subtotalRows };
}

describe('小计 rows on the command line', () => {
  const temp = mkdtempSync(join(tmpdir(), 'fundwatch-subtotals-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const data = join(temp, 'data');
  cpSync(SAMPLE, data, { recursive: true });
  const flows = withSubtotals('fund_flows.csv', ['amount']);
  writeFileSync(join(data, 'fund_flows.csv'), flows.text);
  writeFileSync(join(data, 'assistance_enrollment.csv'), withSubtotals('assistance_enrollment.csv', ['recipients', 'enrolled', 'subsidized', 'subsidy_amount']).text);

  it('analyze --json is byte-identical to the plain sample\'s, the rows said in notices', async () => {
    const plain = await cli('analyze', '--data', SAMPLE, '--json');
    const subtotalled = await cli('analyze', '--data', data, '--json');
    expect(plain.code).toBe(0);
    expect(subtotalled.code).toBe(0);
    expect(flows.subtotalRows.length).toBeGreaterThan(100);
    // The notice lists the first ten 小计 rows and how many there are; it listed every one of them in one line
    // (第5、17、…行, 100+ numbers). No two are consecutive (a city's rows lie between), so none reads as a range.
    const first = flows.subtotalRows.slice(0, 10);
    expect(subtotalled.stderr).toContain(`fund_flows.csv · 第${first.join('、')}、…等 ${flows.subtotalRows.length} 行是小计行：不作为数据载入`);
    expect(subtotalled.stderr).not.toContain(String(flows.subtotalRows.at(-1)));
    expect(subtotalled.stderr).toContain(`assistance_enrollment.csv · 第`);
    expect(subtotalled.stdout).toBe(plain.stdout);
  }, 120_000);

  it('refuses a 小计 that is off by a fen, at its row', async () => {
    const first = flows.subtotalRows.slice(0, 10);
    const row = flows.subtotalRows[1] ?? 0;
    const lines = flows.text.split('\n');
    const cells = (lines[row - 1] ?? '').split(',');
    const stated = new Dec(cells[6] ?? '').plus('0.01').toFixed(2);
    const expected = group(new Dec(cells[6] ?? '').toFixed(2));
    lines[row - 1] = [...cells.slice(0, 6), stated].join(',');
    writeFileSync(join(data, 'fund_flows.csv'), lines.join('\n'));
    const run = await cli('analyze', '--data', data, '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`fund_flows.csv · Rows ${first.join(', ')}, … (${flows.subtotalRows.length} rows) are subtotal rows: not loaded as data`);
    expect(run.stderr).toContain(
      `fund_flows.csv · row ${row} · amount · The subtotal row says ${stated}; the rows above it since the previous subtotal or total row add up to ${expected} (a difference of 0.01)`,
    );
  }, 120_000);
});
