// The sample with 卓资县 (150921) having sent no fund_flows at all, its
// balances kept: it is in `funds` with its balance, and its city's figures
// and gap sharing still add up to the fen. Expected figures were summed from
// the CSV files by hand (a script outside the product), not by FundWatch.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import type { AnalysisJson } from '../../src/domain/analysis';
import { cli, ROOT } from './runCli';

describe('a county with balances and no fund flows (the sample without 卓资县’s flows)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fundwatch-balance-only-'));
  let json: AnalysisJson;
  beforeAll(async () => {
    cpSync(join(ROOT, 'data/sample'), dir, { recursive: true });
    const flows = readFileSync(join(dir, 'fund_flows.csv'), 'utf8').split('\n');
    writeFileSync(join(dir, 'fund_flows.csv'), flows.filter((line) => line.split(',')[1] !== '150921').join('\n'));
    const run = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
    expect(run.code, run.stderr).toBe(0);
    json = JSON.parse(run.stdout) as AnalysisJson;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const row = (code: string, fund: string) => json.funds.find((f) => f.region_code === code && f.fund === fund);

  it('lists 卓资县 with its 2024 opening balance, zero income and spending, no months payable', () => {
    // fund_balances.csv, 2024, 150921: assistance 945,808.72; resident 39,257,189.53.
    for (const [fund, balance] of [
      ['assistance', '945808.72'],
      ['resident', '39257189.53'],
    ] as const) {
      expect(row('150921', fund)).toEqual({
        region_code: '150921',
        fund,
        quarter: '2024Q4',
        income: '0.00',
        expenditure: '0.00',
        current_balance: '0.00',
        accumulated_balance: balance,
        months_payable: null,
      });
    }
  });

  it("乌兰察布市's balance is its own account's plus its 11 counties' rows", () => {
    // Own account 2024 (opening + income − expenditure): assistance 542,664.10 + 3,909,239.88 − 3,689,820.99 = 762,082.99;
    // resident 14,507,316.68 + 37,489,462.56 − 44,684,228.73 = 7,312,550.51.
    for (const [fund, own, city] of [
      ['assistance', '762082.99', '-4170808.91'],
      ['resident', '7312550.51', '389675987.48'],
    ] as const) {
      const counties = json.funds.filter((f) => f.fund === fund && f.region_code.startsWith('1509') && f.region_code !== '150900');
      expect(counties).toHaveLength(11);
      const sum = counties.reduce((s, f) => s.plus(f.accumulated_balance ?? 'NaN'), new Dec(own));
      expect(sum.toFixed(2)).toBe(city);
      expect(row('150900', fund)?.accumulated_balance).toBe(city);
    }
  });

  it('the assistance gap is shared to the fen, 卓资县 carrying none of it', () => {
    const g = json.sharing.find((s) => s.city_code === '150900' && s.fund === 'assistance');
    expect(g?.gap).toBe('16480716.88');
    expect(g?.covered_by_balance).toBe('12309907.97');
    const parts = [g?.covered_by_balance, g?.city_share, ...(g?.county_self ?? []).map((c) => c.amount), ...(g?.county_shares ?? []).map((c) => c.amount)];
    expect(parts.reduce((s, p) => s.plus(p ?? 'NaN'), new Dec(0)).toFixed(2)).toBe('16480716.88');
    expect(g?.county_shares.find((c) => c.region_code === '150921')?.amount).toBe('0.00');
    expect(g?.county_self.find((c) => c.region_code === '150921')?.amount).toBe('0.00');
  });
});
