// Enrollment is filled in by county (DESIGN.md's table). A row at a city's
// code was accepted without a word: a city's subtotal row of an office table
// counted its counties' persons twice, and a city's own row was in the city's
// total and in none of its counties' drill-downs.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from './runCli';

const root = mkdtempSync(join(tmpdir(), 'fundwatch-countyrows-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Coverage {
  region_code: string;
  category: string | null;
  recipients: number;
}

let sample: Coverage[] = [];
beforeAll(async () => {
  const run = await cli('analyze', '--data', join(ROOT, 'data/sample'), '--quarter', '2024Q4', '--json');
  expect(run.code, run.stderr).toBe(0);
  sample = (JSON.parse(run.stdout) as { coverage: Coverage[] }).coverage;
}, 60_000);

/** The sample with `lines` appended to one of its files; the row numbers the appended lines get. */
function withRows(name: string, file: string, lines: string[]): { dir: string; firstRow: number } {
  const dir = join(root, name);
  cpSync(join(ROOT, 'data/sample'), dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8').trimEnd();
  writeFileSync(path, `${text}\n${lines.join('\n')}\n`);
  // The header is row 1: the first appended line is the row after the file's last.
  return { dir, firstRow: text.split('\n').length + 1 };
}

/** 包头市's counties' 2024Q4 rows of a category, summed from the file itself. */
function countiesSum(category: string): number {
  return readFileSync(join(ROOT, 'data/sample/assistance_enrollment.csv'), 'utf8')
    .split('\n')
    .map((l) => l.split(','))
    .filter((c) => c[0] === '2024Q4' && c[1]?.startsWith('1502') && c[1] !== '150200' && c[2] === category)
    .reduce((n, c) => n + Number(c[3]), 0);
}

const coverageOf = (doc: Coverage[], code: string): number | undefined => doc.find((c) => c.region_code === code && c.category === null)?.recipients;

describe('enrollment rows at a region with counties under it', () => {
  it('refuses a city subtotal row that repeats its counties sum, at its row, and loads nothing', async () => {
    const tekun = countiesSum('tekun');
    expect(tekun).toBeGreaterThan(0);
    const { dir, firstRow } = withRows('subtotal', 'assistance_enrollment.csv', [`2024Q4,150200,tekun,${tekun},${tekun},${tekun},0.00`]);
    const run = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`第${firstRow}行`);
    expect(run.stderr).toContain(`区划"150200"的救助对象人数 ${tekun} 等于其下辖区划各行之和：这是合计行，人数会被重复计算`);
  }, 60_000);

  it('refuses a resident_enrollment subtotal row too', async () => {
    const lines = readFileSync(join(ROOT, 'data/sample/resident_enrollment.csv'), 'utf8').split('\n');
    const insured = lines
      .map((l) => l.split(','))
      .filter((c) => c[0] === '2024Q4' && c[1]?.startsWith('1509') && c[1] !== '150900')
      .reduce((n, c) => n + Number(c[2]), 0);
    const { dir } = withRows('resident', 'resident_enrollment.csv', [`2024Q4,150900,${insured}`]);
    const run = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`区划"150900"的参保人数 ${insured} 等于其下辖区划各行之和`);
  }, 60_000);

  it('loads a city row of its own with a warning: in the city and province totals, in no county', async () => {
    const { dir, firstRow } = withRows('own', 'assistance_enrollment.csv', ['2024Q4,150200,tekun,7,7,7,0.00']);
    const run = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`第${firstRow}行`);
    // In the sample's words (内蒙古: 旗县), its regions read.
    expect(run.stderr).toContain('区划"150200"（包头市）下辖旗县，而本表按旗县填报');
    const doc = (JSON.parse(run.stdout) as { coverage: Coverage[] }).coverage;
    for (const [code, more] of [['150200', 7], ['150000', 7], ['150202', 0], ['150203', 0]] as const) {
      expect(coverageOf(doc, code), code).toBe((coverageOf(sample, code) ?? Number.NaN) + more);
    }
  }, 60_000);

  it('warns of a roster row at a city code once per code, however many rows', async () => {
    const header = 'quarter,person_id,region_code,category,source,enrolled';
    const rows = ['110101199003077777', '110101199003071234', '11010119900307123X'].map((id) => `2024Q4,${id},150200,dibao,civil_affairs,true`);
    const dir = join(root, 'roster');
    cpSync(join(ROOT, 'data/sample'), dir, { recursive: true });
    writeFileSync(join(dir, 'roster.csv'), `${header}\n2024Q4,110101199003075555,150202,dibao,civil_affairs,true\n${rows.join('\n')}\n`);
    const run = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.match(/区划"150200"（包头市）下辖旗县，/g)).toHaveLength(1);
    expect(run.stderr).toContain('第3行');
  }, 60_000);
});
