// Two counties of one name in two cities (Sichuan's 市中区 of 内江市 511002 and
// of 乐山市 511102): analyze's alert lines name each with its city in front,
// as the page's alerts do, never a bare 市中区 that could be either.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './runCli';

// 2024Q4 resident fund: 内江市's 市中区 takes in 100.00 and pays 300.00 (−200.00);
// 乐山市's takes in 100.00 and pays 500.00 (−400.00). 东兴区 keeps its own name.
describe('a county name two cities share, in CLI output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fundwatch-shared-names-'));
  beforeAll(() => {
    writeFileSync(
      join(dir, 'regions.csv'),
      'region_code,name,level,parent_code,tier\n510000,四川省,province,,\n511000,内江市,city,510000,2\n511002,市中区,county,511000,2\n' +
        '511011,东兴区,county,511000,2\n511100,乐山市,city,510000,2\n511102,市中区,county,511100,2\n',
    );
    writeFileSync(
      join(dir, 'fund_flows.csv'),
      'quarter,region_code,fund,direction,item,source_level,amount\n' +
        '2024Q4,511002,resident,income,individual_contribution,individual,100.00\n2024Q4,511002,resident,expenditure,inpatient,,300.00\n' +
        '2024Q4,511102,resident,income,individual_contribution,individual,100.00\n2024Q4,511102,resident,expenditure,inpatient,,500.00\n' +
        '2024Q4,511011,resident,income,individual_contribution,individual,100.00\n2024Q4,511011,resident,expenditure,inpatient,,50.00\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each 市中区 with its city in front, in Chinese and English', async () => {
    for (const [lang, neijiang, leshan] of [
      ['zh', '] 内江市市中区 城乡居民医保基金 年初至今当期结余 = 收入 100.00元 − 支出 300.00元 = -200.00元', '] 乐山市市中区 城乡居民医保基金 年初至今当期结余 = 收入 100.00元 − 支出 500.00元 = -400.00元'],
      ['en', '] 内江市市中区 resident basic medical insurance fund current balance year to date', '] 乐山市市中区 resident basic medical insurance fund current balance year to date'],
    ] as const) {
      const run = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--lang', lang);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(neijiang);
      expect(run.stdout).toContain(leshan);
      expect(run.stdout).not.toMatch(/(^|[\s\]])市中区 /m);
    }
  });

  it('names each with its own city in the messages of analyze --json', async () => {
    const run = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
    expect(run.code, run.stderr).toBe(0);
    const alerts = (JSON.parse(run.stdout) as { alerts: { region_code: string; message: string }[] }).alerts;
    const byCode = (code: string) => alerts.filter((a) => a.region_code === code);
    expect(byCode('511002').length).toBeGreaterThan(0);
    expect(byCode('511102').length).toBeGreaterThan(0);
    for (const a of byCode('511002')) expect(a.message.startsWith('内江市市中区 ')).toBe(true);
    for (const a of byCode('511102')) expect(a.message.startsWith('乐山市市中区 ')).toBe(true);
  });
});
