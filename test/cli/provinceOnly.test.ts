// A dataset of the province's own accounts only (no city): the summary may
// not say "各盟市年初至今均无缺口" — read as "no gap anywhere" — while the
// province spends more than it takes in; it says gap sharing does not apply.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './runCli';

describe('a province without cities', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fundwatch-province-only-'));
  beforeAll(() => {
    writeFileSync(join(dir, 'regions.csv'), 'region_code,name,level,parent_code,tier\n110000,北京市,province,,\n');
    writeFileSync(
      join(dir, 'fund_flows.csv'),
      'quarter,region_code,fund,direction,item,source_level,amount\n2024Q4,110000,resident,income,individual_contribution,individual,1000000.00\n2024Q4,110000,resident,expenditure,inpatient,,3000000.00\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says gap sharing cannot be computed, not that there is no gap', async () => {
    for (const [lang, want, not] of [
      // 北京 is a municipality: its pools are 区县, its own level 市级 (levelWords).
      ['zh', '基金缺口：数据中没有区县，缺口分担（按区县）无从计算；市级收支见上', '均无缺口'],
      ['en', 'Fund gaps: the data has no cities, so gap sharing (by city) cannot be computed', 'no city has a gap'],
    ] as const) {
      const run = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--lang', lang);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(want);
      expect(run.stdout).not.toContain(not);
    }
  });

  it('the report says the same in its gap section', async () => {
    const out = join(dir, 'report.html');
    const run = await cli('report', '--data', dir, '--quarter', '2024Q4', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('北京市 的数据中没有区县：缺口分担（由累计结余、区县弥补）按区县计算，此处不适用');
    expect(html).not.toContain('均无基金缺口');
  });
});
