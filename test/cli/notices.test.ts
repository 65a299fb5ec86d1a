// Notices (issue 15) reach the command line: a dataset with an office-style
// fund_flows.csv (title, 单位：万元, 序号/备注, 合计), a roster with a repeated
// row and a budgets.csv of a header alone loads (exit 0), and stderr lists what
// was done, in Chinese or English.
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './runCli';

const ROOT = join(import.meta.dirname, '../..');


describe('notices on the command line', () => {
  const temp = mkdtempSync(join(tmpdir(), 'fundwatch-notices-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const data = join(temp, 'data');
  cpSync(join(ROOT, 'test/fixtures/tiny'), data, { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/office/csv-utf8/fund_flows.csv'), join(data, 'fund_flows.csv'));
  const row = '2024Q4,150102199001011234,150102,dibao,civil_affairs,true\n';
  appendFileSync(join(data, 'roster.csv'), `quarter,person_id,region_code,category,source,enrolled\n${row}${row}`);
  // An optional table exported with its header alone (the wrong sheet): loads as no data, said.
  writeFileSync(join(data, 'budgets.csv'), 'year,region_code,fund,direction,amount\n');

  it('loads and lists the notices on stderr, in Chinese and in English', async () => {
    const zh = await cli('analyze', '--data', data, '--json');
    expect(zh.code).toBe(0);
    expect(JSON.parse(zh.stdout)).toMatchObject({ quarter: '2024Q4' });
    expect(zh.stderr).toContain('fund_flows.csv · 第3行 · 表头在第3行，上方 2 行已跳过');
    expect(zh.stderr).toContain('fund_flows.csv · 第43行是合计行');
    expect(zh.stderr).toContain('roster.csv · 1 行与前面某行完全相同（如第3行与第2行），已合并为一行');
    expect(zh.stderr).toContain('budgets.csv · 只有表头，没有数据行：年度预算（可选）按没有数据载入 · 应为：表头下方的数据行（是否导出了别的工作表或空模板？）');

    const en = await cli('analyze', '--data', data, '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.stderr).toContain('fund_flows.csv · Amounts (amount) converted from units of 10,000 yuan');
    expect(en.stderr).toContain('roster.csv · 1 row is identical to an earlier row (e.g. row 3 and row 2); merged into one, counted once');
    expect(en.stderr).toContain('budgets.csv · A header but no data rows: loaded as no data for Annual budgets (optional)');
  }, 120_000);
});
