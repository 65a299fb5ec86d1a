// A municipality (直辖市) in its own words (sweep 30, D3): 重庆市's own money
// and rank are 市级, its districts and counties 区县 (区县级), the pools its
// 市辖区 and 县 group 统筹区, and those groupings read 重庆市·市辖区 and
// 重庆市·县, a district placed by its own name (万州区, not 重庆市市辖区万州区).
// Before, every pool was a 地市, 重庆市's money 省级 and the groupings' 市级.
// Both ways of listing the districts: under 500100 / 500200, and straight under 500000.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'fundwatch-municipality-words-'));
const grouped = join(dir, 'grouped');
const straight = join(dir, 'straight');

const FLOWS = 'quarter,region_code,fund,direction,item,source_level,amount\n';
// 万州区 (市辖区) 95 of 100 recipients enrolled: 95.00%, below the 99% target; 城口县 100 of 100.
const ENROLLMENT =
  'quarter,region_code,category,recipients,enrolled,subsidized,subsidy_amount\n2024Q4,500101,tekun,100,95,95,9500.00\n2024Q4,500229,tekun,100,100,100,10000.00\n';

beforeAll(() => {
  mkdirSync(grouped);
  mkdirSync(straight);
  // Grouped: the pool 县 (500200) takes in 城口县 1,000.00 + 500.00 and 丰都县 1,000.00 + 200.00 = 2,700.00,
  // spends 4,000.00 + 1,000.00 = 5,000.00: a gap of 2,300.00 with no opening balance and no shortfall. The
  // default rule: the pool's own share 50% = 1,150.00, its counties 1,150.00 by expenditure 4:1
  // (城口县 920.00, 丰都县 230.00). 500100's own account books 100.00 from the city level of the data.
  writeFileSync(
    join(grouped, 'regions.csv'),
    'region_code,name,level,parent_code,tier\n500000,重庆市,province,,\n500100,市辖区,city,500000,2\n500101,万州区,county,500100,2\n' +
      '500200,县,city,500000,3\n500229,城口县,county,500200,3\n500230,丰都县,county,500200,3\n',
  );
  writeFileSync(
    join(grouped, 'fund_flows.csv'),
    FLOWS +
      '2024Q4,500100,resident,income,fiscal_subsidy,city,100.00\n' +
      '2024Q4,500101,resident,income,individual_contribution,individual,500.00\n2024Q4,500101,resident,expenditure,inpatient,,200.00\n' +
      '2024Q4,500229,resident,income,individual_contribution,individual,1000.00\n2024Q4,500229,resident,income,fiscal_subsidy,province,500.00\n' +
      '2024Q4,500229,resident,expenditure,inpatient,,4000.00\n' +
      '2024Q4,500230,resident,income,fiscal_subsidy,province,1000.00\n2024Q4,500230,resident,income,fiscal_subsidy,county,200.00\n' +
      '2024Q4,500230,resident,expenditure,inpatient,,1000.00\n',
  );
  writeFileSync(join(grouped, 'assistance_enrollment.csv'), ENROLLMENT);
  // Straight: 万州区 and 城口县 are pools of their own. 城口县 takes in 1,500.00 and spends 4,000.00: its gap of
  // 2,500.00 it bears itself, having no counties.
  writeFileSync(join(straight, 'regions.csv'), 'region_code,name,level,parent_code,tier\n500000,重庆市,province,,\n500101,万州区,county,500000,2\n500229,城口县,county,500000,3\n');
  writeFileSync(
    join(straight, 'fund_flows.csv'),
    FLOWS +
      '2024Q4,500101,resident,income,individual_contribution,individual,500.00\n2024Q4,500101,resident,expenditure,inpatient,,200.00\n' +
      '2024Q4,500229,resident,income,individual_contribution,individual,1000.00\n2024Q4,500229,resident,income,fiscal_subsidy,province,500.00\n' +
      '2024Q4,500229,resident,expenditure,inpatient,,4000.00\n',
  );
  writeFileSync(join(straight, 'assistance_enrollment.csv'), ENROLLMENT);
}, 10_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = async (data: string, lang: 'zh' | 'en' = 'zh'): Promise<string> => {
  const out = join(data, `report-${lang}.html`);
  const run = await cli('report', '--data', data, '--quarter', '2024Q4', '--out', out, '--lang', lang);
  expect(run.code, run.stderr).toBe(0);
  return readFileSync(out, 'utf8');
};

describe('a municipality whose 市辖区 and 县 group its districts and counties', () => {
  it('the summary says 统筹区 and 区县, and names the groupings 重庆市·市辖区 and 重庆市·县', async () => {
    const run = await cli('analyze', '--data', grouped, '--quarter', '2024Q4');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('低于参保目标的统筹区（1）：重庆市·市辖区 95.00%');
    expect(run.stdout).toContain('低于参保目标的区县（1）：万州区 95.00%');
    expect(run.stdout).toContain(
      '  重庆市·县 城乡居民医保基金 2024 年缺口 2,300.00元 = 累计结余弥补 0.00元 + 区县自身原因 0.00元 + 统筹区承担 1,150.00元 + 区县分担 1,150.00元',
    );
    expect(run.stdout).toContain('] 重庆市·县 城乡居民医保基金 年初至今当期结余 = 收入 2,700.00元 − 支出 5,000.00元 = -2,300.00元');
    expect(run.stdout).not.toMatch(/地市|县区|省级|重庆市县|重庆市市辖区/);
  });

  it('the report says 市级, 统筹区级 and 区县级 for the money, 统筹区 and 区县 for who shares the gap', async () => {
    const html = await report(grouped);
    // Income by source: 重庆市's own 1,500.00 (province), 500100's 100.00 (city), 丰都县's 200.00 (county).
    for (const level of ['市级', '统筹区级', '区县级']) expect(html).toContain(`<tr><td>${level}</td>`);
    expect(html).toContain('>收入·市级</text>');
    for (const line of [
      '<tr><td>区县自身原因</td>',
      '<tr><td>统筹区本级分担</td>',
      '<tr><td>各区县分担</td>',
      '余 2,300.00元 由统筹区与区县分担',
      '统筹区本级承担 2,300.00元 × 50% = 1,150.00元',
      '各区县分担 1,150.00元，按各区县本年累计支出比例分摊（取整到分）：城口县 920.00元、丰都县 230.00元',
      '按缺口分担办法向重庆市·县本级及所属区县下达分担任务，合计 2,300.00元。',
      // The district's finding names it alone: the grouping adds nothing to 万州区.
      '：万州区 救助对象参保率 95.00%（已参保 95 人 / 救助对象 100 人），低于 99.00%。',
    ]) {
      expect(html).toContain(line);
    }
    expect(html).not.toMatch(/地市|县区|省级|重庆市县|重庆市市辖区|>市辖区<|>县</);
  }, 60_000);

  it('English keeps province, city and county, and names the regions as Chinese does', async () => {
    const html = await report(grouped, 'en');
    expect(html).toContain('(1) 重庆市·县 Resident basic medical insurance fund: sharing the 2024 gap');
    expect(html).toContain(': 万州区 recipient enrollment rate 95.00% (enrolled 95 / recipients 100), below 99.00%.');
    for (const level of ['Province', 'City', 'County']) expect(html).toContain(`<tr><td>${level}</td>`);
    expect(html).toContain('<tr><td>City share</td>');
    expect(html).not.toMatch(/市级|区县|统筹区/);
  }, 60_000);
});

describe('a municipality whose districts and counties are listed straight under it', () => {
  it('the summary calls the pools 区县', async () => {
    const run = await cli('analyze', '--data', straight, '--quarter', '2024Q4');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('低于参保目标的区县（1）：万州区 95.00%');
    expect(run.stdout).toContain('  城口县 城乡居民医保基金 2024 年缺口 2,500.00元 = 累计结余弥补 0.00元 + 区县本级承担 2,500.00元（无下辖区县）');
    expect(run.stdout).not.toMatch(/地市|县区|省级/);
  });

  it('the report says 市级 for 重庆市’s money and 区县 for the pools', async () => {
    const html = await report(straight);
    expect(html).toContain('<tr><td>市级</td>');
    expect(html).toMatch(/<th[^>]*>区县<\/th>/);
    expect(html).toContain('：城口县 城乡居民医保基金 2024年缺口 2,500.00元，累计结余弥补 0.00元，剩余 2,500.00元：无下辖区县，由本级承担 2,500.00元。');
    expect(html).not.toMatch(/地市|县区|省级/);
  }, 60_000);
});
