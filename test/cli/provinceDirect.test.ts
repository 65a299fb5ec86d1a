// County-level units the province administers directly (省直辖县级行政区划:
// Hubei's 仙桃市 429004 and 潜江市 429005), as official lists write them:
// under a grouping code 429000 (level city, 省直辖县级行政区划) or straight
// under the province (level county, parent 420000). Each is a pool of its own
// (data/README.md, regions.csv): its gap is covered by its own balance and
// its own unpaid dues, and what is left it bears itself — it has no city to
// share with, and the grouping is no government that could take a city share.
//
// By hand (2024, year to date = 2024Q4 alone, assistance fund):
//   仙桃 429004: expenditure 160,000.00 − income 100,000.00 = gap 60,000.00;
//     its opening balance 20,000.00 covers 20,000.00, rest 40,000.00; its
//     dues 10,000.00 − paid 4,000.00 = 6,000.00 its own; the 34,000.00 left
//     it bears itself. No county shares.
//   潜江 429005: income 200,000.00 ≥ expenditure 150,000.00: no gap.
// Pooled under 429000 (the defect) the two made one gap of 10,000.00,
// covered by their joint opening 520,000.00: 仙桃's gap disappeared.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { both } from './bothEngines';

const HEAD = 'region_code,name,level,parent_code,tier\n420000,湖北省,province,,\n420100,武汉市,city,420000,2\n420102,江岸区,county,420100,2\n';
const GROUPED = `${HEAD}429000,省直辖县级行政区划,city,420000,3\n429004,仙桃市,county,429000,3\n429005,潜江市,county,429000,3\n`;
const FLAT = `${HEAD}429004,仙桃市,county,420000,3\n429005,潜江市,county,420000,3\n`;
// Some lists give the units the level of the grouping they sit under (city): the same pools.
const GROUPED_AS_CITIES = `${HEAD}429000,省直辖县级行政区划,city,420000,3\n429004,仙桃市,city,429000,3\n429005,潜江市,city,429000,3\n`;

function dataset(regions: string, extraFlow = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'fundwatch-province-direct-'));
  writeFileSync(join(dir, 'regions.csv'), regions);
  writeFileSync(
    join(dir, 'fund_flows.csv'),
    'quarter,region_code,fund,direction,item,source_level,amount\n' +
      '2024Q4,429004,assistance,income,fiscal_subsidy,county,100000.00\n' +
      '2024Q4,429004,assistance,expenditure,inpatient,,160000.00\n' +
      '2024Q4,429005,assistance,income,fiscal_subsidy,county,200000.00\n' +
      '2024Q4,429005,assistance,expenditure,inpatient,,150000.00\n' +
      extraFlow,
  );
  writeFileSync(join(dir, 'fund_balances.csv'), 'year,region_code,fund,opening_balance\n2024,429004,assistance,20000.00\n2024,429005,assistance,500000.00\n');
  // The province allocates to its directly administered units as to its cities. By hand, T = 1,000.00:
  // 武汉 need×tier 3 of 4, performance 50 of 100: 1,000.00 × (0.9 × 0.75 + 0.1 × 0.5) = 725.00; 仙桃 1,000.00 × (0.9 × 0.25 + 0.05) = 275.00.
  writeFileSync(
    join(dir, 'allocation_factors.csv'),
    'year,region_code,pot,need,tier_ratio,performance,population,incidence,fiscal\n2024,420100,assistance,3,1,50,10,0.001,1\n2024,429004,assistance,1,1,50,10,0.001,1\n',
  );
  writeFileSync(join(dir, 'allocation_totals.csv'), 'year,pot,amount\n2024,assistance,1000.00\n');
  writeFileSync(join(dir, 'obligations.csv'), 'year,region_code,fund,kind,due,paid\n2024,429004,assistance,matching_subsidy,10000.00,4000.00\n');
  return dir;
}

interface Sharing {
  city_code: string;
  fund: string;
  gap: string;
  covered_by_balance: string;
  county_self: { region_code: string; amount: string }[];
  city_share: string;
  county_shares: { region_code: string; amount: string }[];
}

const XIANTAO = {
  city_code: '429004',
  fund: 'assistance',
  gap: '60000.00',
  covered_by_balance: '20000.00',
  county_self: [{ region_code: '429004', amount: '6000.00' }],
  city_share: '34000.00',
  county_shares: [],
};

describe('county-level units under the province (省直辖县级行政区划)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  for (const [shape, regions] of [
    ['under the grouping 429000', GROUPED],
    ['straight under the province', FLAT],
    ['under the grouping, written as cities', GROUPED_AS_CITIES],
  ] as const) {
    it(`${shape}: each is a pool of its own, on both engines`, async () => {
      const dir = dataset(regions);
      dirs.push(dir);
      const runs = await both('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
      for (const run of [runs.wasm, runs.native]) {
        expect(run.code, run.stderr).toBe(0);
        const out = JSON.parse(run.stdout) as { sharing: Sharing[]; funds: { region_code: string }[]; allocation: unknown[] };
        expect(out.allocation).toEqual([
          { year: 2024, pot: 'assistance', region_code: '420100', amount: '725.00' },
          { year: 2024, pot: 'assistance', region_code: '429004', amount: '275.00' },
        ]);
        const assistance = out.sharing.filter((s) => s.fund === 'assistance');
        // 武汉市 has no flows, so no gap row; 429000 none either.
        expect(assistance.map((s) => s.city_code)).toEqual(['429004', '429005']);
        expect(assistance.find((s) => s.city_code === '429004')).toMatchObject(XIANTAO);
        expect(assistance.find((s) => s.city_code === '429005')).toMatchObject({ gap: '0.00', city_share: '0.00', county_shares: [] });
        // The grouping is no pool and no account: no figures of its own.
        expect(out.funds.some((f) => f.region_code === '429000')).toBe(false);
        // And the load says how it read them.
        expect(run.stderr).toContain('429004');
        expect(run.stderr).toContain('自成统筹区');
        // In the words of a province that runs county-level units (市县, levelWords.ts): not Inner Mongolia's 盟市 beside them.
        expect(run.stderr).toContain('与市县并列统计');
        expect(run.stderr).not.toMatch(/盟市|旗县/);
        // 潜江 has no allocation factors: a recipient left out, said however the units are written.
        expect(run.stderr).toMatch(/2024 年医疗救助补助资金的分配因素缺少 1 个\S+（共 3 个）：潜江市 429005。/);
      }
      expect(runs.native.stdout).toBe(runs.wasm.stdout);
    }, 120_000);
  }

  it('a tile layout without the units names the units, not the grouping the page does not show', async () => {
    const dir = dataset(GROUPED);
    dirs.push(dir);
    writeFileSync(join(dir, 'region_tiles.csv'), 'region_code,row,col\n420100,0,0\n');
    const runs = await both('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
    for (const run of [runs.wasm, runs.native]) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain('地区 429004 不在 region_tiles.csv 中');
      expect(run.stderr).toContain('地区 429005 不在 region_tiles.csv 中');
      expect(run.stderr).not.toContain('地区 429000 不在');
    }
  }, 120_000);

  it("a sharing rule keyed at the grouping code is said: it applies to no pool, its units' codes named", async () => {
    const dir = dataset(GROUPED);
    dirs.push(dir);
    const [first, ...rest] = DEFAULT_POLICY_FILE.years;
    const policy = { ...DEFAULT_POLICY_FILE, province_code: '420000', years: [{ ...first!, sharing: { ...first!.sharing, cities: { '429000': { city_ratio: '0.3' }, '429004': { city_ratio: '0.3' } } } }, ...rest] };
    writeFileSync(join(dir, 'policy.json'), JSON.stringify(policy));
    const run = (await both('analyze', '--data', dir, '--quarter', '2024Q4', '--json')).native;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`sharing.cities 的 429000 省直辖县级行政区划 是省直辖县级行政区划的归类代码（其下单位 429004、429005 各自成统筹区）`);
    // 429004 is a pool of its own: its rule applies, nothing said.
    expect(run.stderr).not.toContain('sharing.cities 的 429004');
  }, 120_000);

  it("a municipality's districts listed straight under it are said as districts, with how the city would share", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fundwatch-municipality-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'regions.csv'), 'region_code,name,level,parent_code,tier\n110000,北京市,province,,\n110101,东城区,county,110000,1\n110102,西城区,county,110000,1\n');
    writeFileSync(
      join(dir, 'fund_flows.csv'),
      'quarter,region_code,fund,direction,item,source_level,amount\n2024Q4,110101,assistance,income,fiscal_subsidy,county,100.00\n2024Q4,110101,assistance,expenditure,inpatient,,90.00\n',
    );
    const run = (await both('analyze', '--data', dir, '--quarter', '2024Q4', '--json')).native;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('区县 110101 东城区 直接列在直辖市之下：自成统筹区');
    expect(run.stderr).toContain('在 regions.csv 中加入 110100 市辖区');
    expect(run.stderr).not.toContain('省直管县');
  }, 120_000);

  it('a row booked at the grouping code is refused, naming the units to book it at', async () => {
    const dir = dataset(GROUPED, '2024Q4,429000,assistance,income,interest,other,100.00\n');
    dirs.push(dir);
    const runs = await both('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
    for (const run of [runs.wasm, runs.native]) {
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('fund_flows.csv · 第6行 · region_code');
      expect(run.stderr).toContain('429000');
      expect(run.stderr).toContain('429004、429005');
    }
  }, 120_000);
});
