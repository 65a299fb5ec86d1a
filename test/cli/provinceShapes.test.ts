// Two provinces' shapes the stop-44 sweep read as a provincial official:
// 海南省, whose pools are 海口市 (with districts), 儋州市 (a city without
// counties) and the county-level units the province runs (469000
// 省直辖县级行政区划: 五指山市 469001, 文昌市 469005); and 广东省's 东莞市, a city
// without counties. The report's gap table listed 五指山市 under the column 地市
// (a county-level unit called a prefecture-level city): Hainan's pools are 市县.
//
// By hand (2024, year to date = 2024Q4 alone, assistance fund):
//   五指山市 469001: expenditure 150,000.00 − income 100,000.00 = gap 50,000.00;
//     opening balance 10,000.00 covers 10,000.00; no dues; it bears 40,000.00 itself.
//   海口市 460100 (秀英区 460105): expenditure 80,000.00 − income 100,000.00: no gap.
//   东莞市 441900: expenditure 400,012.34 − income 400,000.00 = gap 12.34, no opening
//     balance: it bears 12.34 itself, and its deficit alert reads -12.34元, never 0.00万元.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './runCli';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function dataset(regions: string, flows: string, balances: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fundwatch-province-shapes-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'regions.csv'), `region_code,name,level,parent_code,tier\n${regions}`);
  writeFileSync(join(dir, 'fund_flows.csv'), `quarter,region_code,fund,direction,item,source_level,amount\n${flows}`);
  writeFileSync(join(dir, 'fund_balances.csv'), `year,region_code,fund,opening_balance\n${balances}`);
  return dir;
}

const text = (html: string): string => html.replace(/<[^>]*>/g, '\n');

describe('海南省: county-level units the province runs are 市县, not 地市', () => {
  const hainan = (): string =>
    dataset(
      '460000,海南省,province,,\n460100,海口市,city,460000,2\n460105,秀英区,county,460100,2\n460400,儋州市,city,460000,3\n' +
        '469000,省直辖县级行政区划,city,460000,\n469001,五指山市,county,469000,3\n469005,文昌市,county,469000,2\n',
      '2024Q4,469001,assistance,income,fiscal_subsidy,province,100000.00\n2024Q4,469001,assistance,expenditure,inpatient,,150000.00\n' +
        '2024Q4,460105,assistance,income,fiscal_subsidy,province,100000.00\n2024Q4,460105,assistance,expenditure,inpatient,,80000.00\n',
      '2024,469001,assistance,10000.00\n2024,460105,assistance,0.00\n',
    );

  it('the summary and the report name the pools 市县', async () => {
    const dir = hainan();
    const run = await cli('analyze', '--data', dir, '--quarter', '2024Q4');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('  五指山市 城乡医疗救助基金 2024 年缺口 50,000.00元 = 累计结余弥补 10,000.00元 + 市县本级承担 40,000.00元（无下辖县区）');
    expect(run.stdout).not.toContain('地市');
    const out = join(dir, 'report.html');
    const report = await cli('report', '--data', dir, '--quarter', '2024Q4', '--out', out);
    expect(report.code, report.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    // The gap table's first column head, over 五指山市's row.
    expect(/<table[^>]*id="table-gaps"[\s\S]*?<th[^>]*>([^<]*)<\/th>/.exec(html)?.[1]).toBe('市县');
    expect(text(html)).toContain('五指山市');
    expect(text(html)).not.toContain('地市');
  }, 120_000);
});

describe('广东省: a city without counties with a tiny deficit', () => {
  it('says the 12.34元 deficit in 元, never 0.00万元, on both languages', async () => {
    const dir = dataset(
      '440000,广东省,province,,\n440200,韶关市,city,440000,2\n440203,武江区,county,440200,2\n441900,东莞市,city,440000,1\n',
      '2024Q4,441900,assistance,income,fiscal_subsidy,province,400000.00\n2024Q4,441900,assistance,expenditure,inpatient,,400012.34\n',
      '2024,441900,assistance,0.00\n',
    );
    const zh = await cli('analyze', '--data', dir, '--quarter', '2024Q4');
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('  东莞市 城乡医疗救助基金 2024 年缺口 12.34元 = 累计结余弥补 0.00元 + 地市本级承担 12.34元（无下辖县区）');
    expect(zh.stdout).toContain('东莞市 城乡医疗救助基金 年初至今当期结余 = 收入 400,000.00元 − 支出 400,012.34元 = -12.34元，低于 0.00元（红色）');
    expect(zh.stdout).not.toMatch(/= -?0\.00万元/);
    const en = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--lang', 'en');
    expect(en.stdout).toContain('income 400,000.00 yuan − expenditure 400,012.34 yuan = -12.34 yuan, below 0.00 yuan (red)');
    const json = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
    const alerts = (JSON.parse(json.stdout) as { alerts: { region_code: string; message: string }[] }).alerts.filter((a) => a.region_code === '441900');
    expect(alerts.map((a) => a.message)).toContain('东莞市 城乡医疗救助基金 年初至今当期结余 = 收入 40.00万元 − 支出 40.00万元 = -12.34元，低于 0.00万元（红色）');
  }, 120_000);
});
