// Chongqing as the official code list names it: its two city-level regions
// are 500100 市辖区 and 500200 县. The summary, the alerts and the report
// name them 重庆市·市辖区 and 重庆市·县, never bare nor glued (重庆市县 read as
// one county's name), and say a municipality's 统筹区/区县 (not Inner Mongolia's words).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './runCli';

// 城口县 (under 县) 2024Q4: income 1,000.00, expenditure 4,000.00: a gap of
// 3,000.00, no opening balance, no shortfall, so the city share is 50% =
// 1,500.00 and 城口县's share the other 1,500.00. 万州区 (under 市辖区):
// 500.00 − 200.00, no gap. 重庆市: 1,500.00 − 4,200.00 = −2,700.00.
describe('generic region names (市辖区, 县) in CLI output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fundwatch-generic-names-'));
  beforeAll(() => {
    writeFileSync(
      join(dir, 'regions.csv'),
      'region_code,name,level,parent_code,tier\n500000,重庆市,province,,\n500100,市辖区,city,500000,2\n500200,县,city,500000,3\n500101,万州区,county,500100,2\n500229,城口县,county,500200,3\n',
    );
    writeFileSync(
      join(dir, 'fund_flows.csv'),
      'quarter,region_code,fund,direction,item,source_level,amount\n' +
        '2024Q4,500101,resident,income,individual_contribution,individual,500.00\n2024Q4,500101,resident,expenditure,inpatient,,200.00\n' +
        '2024Q4,500229,resident,income,individual_contribution,individual,1000.00\n2024Q4,500229,resident,expenditure,inpatient,,4000.00\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the gap and the alerts of 县 as 重庆市·县, in Chinese and English', async () => {
    for (const [lang, gap, alert] of [
      ['zh', '  重庆市·县 城乡居民医保基金 2024 年缺口 3,000.00元 = 累计结余弥补 0.00元 + 区县自身原因 0.00元 + 统筹区承担 1,500.00元 + 区县分担 1,500.00元', '] 重庆市·县 城乡居民医保基金 年初至今当期结余 = 收入 1,000.00元 − 支出 4,000.00元 = -3,000.00元'],
      ['en', '  重庆市·县 Resident basic medical insurance fund 2024 gap 3,000.00 yuan = covered by the accumulated balance 0.00 yuan', '] 重庆市·县 resident basic medical insurance fund current balance year to date'],
    ] as const) {
      const run = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--lang', lang);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(gap);
      expect(run.stdout).toContain(alert);
      expect(run.stdout).not.toMatch(/(^|[\s\]])(县|市辖区) /m);
      expect(run.stdout).not.toMatch(/重庆市(县|市辖区)/);
    }
  });

  it('names them in the alerts of analyze --json', async () => {
    const run = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
    expect(run.code, run.stderr).toBe(0);
    const alerts = (JSON.parse(run.stdout) as { alerts: { region_code: string; value: string; message: string }[] }).alerts;
    const ofCounty = alerts.filter((a) => a.region_code === '500200');
    expect(ofCounty.map((a) => a.value)).toEqual(['-3000.00', '-3.000000']);
    for (const a of ofCounty) expect(a.message.startsWith('重庆市·县 ')).toBe(true);
  });

  it('the report names 重庆市·市辖区 and 重庆市·县, and neither bare nor glued', async () => {
    const out = join(dir, 'report.html');
    const run = await cli('report', '--data', dir, '--quarter', '2024Q4', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(out, 'utf8').replace(/<[^>]*>/g, '\n');
    expect(text).toContain('重庆市·县');
    expect(text).toContain('重庆市·市辖区');
    expect(text).not.toMatch(/(?<![\u4e00-\u9fff·])(县|市辖区)(?![\u4e00-\u9fff])/);
    expect(text).not.toMatch(/重庆市(县|市辖区)/);
  });
});
