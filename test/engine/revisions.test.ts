// 版本比对: the fixture pair test/fixtures/revisions (old → new: one row
// added, one removed and one changed per table), every figure worked by hand
// from the CSV files; a comparison with another region tree is refused and
// leaves the loaded data as they were.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import { toRevisionsJson } from '../../src/domain/revisions';
import { analyze } from '../../src/engine/queries/analyze';
import type { DatasetFile } from '../../src/engine/formats/files';
import { loadDataset } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { comparedQuarter, compareWith } from '../../src/engine/queries/revisions';
import { csv, useEngine } from './harness';
import { said, wanted } from './said';

const FIXTURE = join(import.meta.dirname, '../fixtures/revisions');

async function withFile(dir: string, replacement: DatasetFile): Promise<DatasetFile[]> {
  const files = await readDatasetDir(dir);
  return [...files.filter((f) => f.name !== replacement.name), replacement];
}

describe('compareWith (版本比对)', () => {
  const engine = useEngine();

  async function loadNew() {
    const report = await loadDataset(engine(), await readDatasetDir(join(FIXTURE, 'new')));
    expect(report.problems).toEqual([]);
    if (!report.policyFile) throw new Error('not loaded');
    return report.policyFile;
  }

  it('lists per table the rows added, removed and changed, by key', async () => {
    const policyFile = await loadNew();
    const result = await compareWith(engine(), [{ name: 'old', files: await readDatasetDir(join(FIXTURE, 'old')) }], { quarter: '2024Q4', policyFile });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const json = toRevisionsJson(result.revisions);
    expect(json.quarter).toBe('2024Q4');
    expect(json.compared_quarter).toBe('2024Q4');
    const table = (name: string) => json.tables.find((t) => t.table === name);
    expect(json.tables.map((t) => t.table)).toEqual([
      'regions',
      'assistance_enrollment',
      'resident_enrollment',
      'fund_flows',
      'fund_balances',
      'budgets',
      'obligations',
      'transfers',
    ]);
    expect(table('regions')).toEqual({ table: 'regions', added: [], removed: [], changed: [{ key: { region_code: '150103' }, column: 'name', old: '回民区', new: '回民区（更正）' }] });
    expect(table('assistance_enrollment')).toEqual({
      table: 'assistance_enrollment',
      added: [{ quarter: '2024Q4', region_code: '150202', category: 'orphan' }],
      removed: [{ quarter: '2024Q3', region_code: '150102', category: 'tekun' }],
      changed: [{ key: { quarter: '2024Q4', region_code: '150103', category: 'dibao' }, column: 'enrolled', old: 290, new: 300 }],
    });
    expect(table('resident_enrollment')).toEqual({
      table: 'resident_enrollment',
      added: [{ quarter: '2024Q4', region_code: '150202' }],
      removed: [{ quarter: '2024Q3', region_code: '150102' }],
      changed: [{ key: { quarter: '2024Q4', region_code: '150102' }, column: 'insured', old: 1000, new: 1100 }],
    });
    const flowKey = (quarter: string, region: string, fund: string, direction: string, item: string, level: string | null) => ({
      quarter,
      region_code: region,
      fund,
      direction,
      item,
      source_level: level,
    });
    expect(table('fund_flows')).toEqual({
      table: 'fund_flows',
      added: [flowKey('2024Q4', '150103', 'assistance', 'income', 'donation', 'other')],
      removed: [flowKey('2024Q4', '150100', 'resident', 'income', 'interest', 'other')],
      // An expenditure row's key has no source level: matched all the same.
      changed: [{ key: flowKey('2024Q4', '150202', 'assistance', 'expenditure', 'inpatient', null), column: 'amount', old: '100000.05', new: '100100.05' }],
    });
    expect(table('fund_balances')).toEqual({
      table: 'fund_balances',
      added: [{ year: 2024, region_code: '150202', fund: 'assistance' }],
      removed: [{ year: 2024, region_code: '150202', fund: 'resident' }],
      changed: [{ key: { year: 2024, region_code: '150103', fund: 'assistance' }, column: 'opening_balance', old: '50000.00', new: '60000.00' }],
    });
    expect(table('budgets')).toEqual({
      table: 'budgets',
      added: [{ year: 2024, region_code: '150202', fund: 'assistance', direction: 'income' }],
      removed: [{ year: 2024, region_code: '150102', fund: 'assistance', direction: 'income' }],
      changed: [{ key: { year: 2024, region_code: '150100', fund: 'resident', direction: 'income' }, column: 'amount', old: '9000000.00', new: '9500000.00' }],
    });
    expect(table('obligations')).toEqual({
      table: 'obligations',
      added: [{ year: 2024, region_code: '150202', fund: 'assistance', kind: 'matching_subsidy' }],
      removed: [{ year: 2024, region_code: '150103', fund: 'assistance', kind: 'matching_subsidy' }],
      changed: [{ key: { year: 2024, region_code: '150102', fund: 'assistance', kind: 'matching_subsidy' }, column: 'paid', old: '30000.00', new: '25000.00' }],
    });
    expect(table('transfers')).toEqual({
      table: 'transfers',
      added: [{ transfer_id: 'P-2024-3' }],
      removed: [{ transfer_id: 'P-2024-2' }],
      changed: [{ key: { transfer_id: 'P-2024-1' }, column: 'amount', old: '300000.00', new: '310000.00' }],
    });
  });

  it('says which alerts the new submission resolved and raised, and which indicators moved', async () => {
    const policyFile = await loadNew();
    const result = await compareWith(engine(), [{ name: 'old', files: await readDatasetDir(join(FIXTURE, 'old')) }], { quarter: '2024Q4', policyFile });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { alerts, indicators } = toRevisionsJson(result.revisions);
    // Enrolled ÷ recipients, 2024Q4, from assistance_enrollment.csv:
    // 150103 (dibao 290/300 + monitored 200/200) 490/500 before, 500/500 now;
    // 150100 = 150102 (100/100 + 396/400) + 150103: 986/1000 → 996/1000;
    // province + 150202 (50/50 + 995/1000, now + orphan 10/10): 2031/2050 → 2051/2060.
    const rate = (enrolled: number, recipients: number) => new Dec(enrolled).div(recipients).toFixed(6);
    expect(alerts.resolved.map((a) => [a.rule, a.region_code, a.severity, a.value])).toEqual([
      ['coverage', '150100', 'red', rate(986, 1000)],
      ['coverage', '150103', 'red', rate(490, 500)],
      // The old submission's 150202 has a resident opening balance of -100.00 and no resident flows:
      // its accumulated balance, and its city's (150200, nothing else), is negative; the new one drops that row.
      ['accumulated_negative', '150200', 'red', '-100.00'],
      ['accumulated_negative', '150202', 'red', '-100.00'],
      ['coverage', '150000', 'yellow', rate(2031, 2050)],
    ]);
    // Raised: P-2024-3 (50,000.00 to 包头市) issued 2024-03-30, not received by 2024-12-31;
    // 150103's assistance account: opening 60,000.00 + income 100,000.00 + 500.00 − expenditure
    // 40,000.00 = 120,500.00, over the one quarter of expenditure it has: 120,500.00 ÷ (40,000.00 ÷ 3)
    // months; the province's: openings 25,000.50 + 100,000.00 + 60,000.00 + 10,000.00, income of 2024
    // 280,000.00 + 100,500.00 + 300,000.10, expenditure 360,000.00 + 40,000.00 + 100,100.05 (all four
    // quarters of 2024), months = balance ÷ (expenditure ÷ 12).
    const countyBalance = new Dec('60000.00').plus('100000.00').plus('500.00').minus('40000.00');
    const provinceExpenditure = new Dec('360000.00').plus('40000.00').plus('100100.05');
    const provinceBalance = new Dec('195000.50').plus('680500.10').minus(provinceExpenditure);
    expect(countyBalance.toFixed(2)).toBe('120500.00');
    expect(provinceBalance.toFixed(2)).toBe('375400.55');
    // Reconciliation (对账), central money of 2024 in each city pool's assistance fund: 包头市 (150200 + 150202)
    // received nothing (P-2024-3 never arrived) but booked 300,000.00 at 150202 → red, |difference| 300,000.00;
    // 呼和浩特市 (150100 + 150102 + 150103) received P-2024-1, a province pass-down of the central C-2024-1,
    // 310,000.00, and booked 200,000.00 (150102, Q1) + 100,000.00 (150103, Q4) = 300,000.00 → 10,000.00,
    // within 5% of 310,000.00 → yellow.
    expect(alerts.new.map((a) => [a.rule, a.region_code, a.fund, a.severity, a.value])).toEqual([
      ['reconciliation', '150200', 'assistance', 'red', '300000.00'],
      ['transfer_not_received', '150200', 'assistance', 'yellow', '50000.00'],
      ['reconciliation', '150100', 'assistance', 'yellow', new Dec('310000.00').minus('300000.00').toFixed(2)],
      ['months_payable', '150000', 'assistance', 'blue', provinceBalance.div(provinceExpenditure.div(12)).toFixed(2)],
      ['months_payable', '150103', 'assistance', 'blue', countyBalance.div(new Dec('40000.00').div(3)).toFixed(2)],
    ]);
    expect(alerts.new[1]?.message).toContain('P-2024-3');
    expect(alerts.changed).toEqual([]);
    const coverage = indicators.filter((m) => m.indicator === 'coverage').map((m) => [m.region_code, m.old, m.new]);
    expect(coverage).toEqual([
      ['150000', rate(2031, 2050), rate(2051, 2060)],
      ['150100', rate(986, 1000), rate(996, 1000)],
      ['150103', rate(490, 500), rate(500, 500)],
      ['150200', rate(1045, 1050), rate(1055, 1060)],
      ['150202', rate(1045, 1050), rate(1055, 1060)],
    ]);
    expect(indicators).toContainEqual({ indicator: 'accumulated_balance', region_code: '150103', fund: 'assistance', old: '110000.00', new: '120500.00' });
    // 150202 had no assistance balance before (no opening): it has one now.
    expect(indicators).toContainEqual({ indicator: 'accumulated_balance', region_code: '150202', fund: 'assistance', old: null, new: '209900.05' });
  });

  it('refuses a comparison with another region tree, precisely, and changes nothing loaded', async () => {
    const policyFile = await loadNew();
    const before = await analyze(engine(), '2024Q4', policyFile);
    const counts = await engine().query('SELECT (SELECT count(*) FROM fund_flows) AS flows, (SELECT count(*) FROM regions) AS regions');
    const regions = [
      'region_code,name,level,parent_code,tier',
      '150000,内蒙古自治区,province,,',
      '150100,呼和浩特市,city,150000,2',
      '150102,新城区,county,150100,2',
      '150103,回民区,county,150200,2',
      '150200,包头市,city,150000,1',
      '150202,东河区,county,150200,1',
      '150203,昆都仑区,county,150200,1',
    ].join('\n');
    const old = await withFile(join(FIXTURE, 'old'), csv('regions.csv', regions));
    const result = await compareWith(engine(), [{ name: 'old', files: old }], { quarter: '2024Q4', policyFile });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.file, p.row, p.column, said(p), p.severity])).toEqual([
      ['regions.csv', null, 'parent_code', '比对数据的区划树与当前数据不同：区划 150103 的上级不同：比对数据 150200，当前数据 150100', 'error'],
      ['regions.csv', null, 'region_code', '比对数据的区划树与当前数据不同：区划 150203 在比对数据中，不在当前数据中', 'error'],
    ]);
    expect(said(result.problems[0], 'en')).toBe('The comparison has another region tree: Region 150103 has another parent: 150200 in the comparison, 150100 in the loaded data');
    expect(wanted(result.problems[0])).toBe('与当前数据相同的区划树：相同的区划代码、级别和上级区划（名称、地区类别可以修改）');
    expect(await engine().query('SELECT (SELECT count(*) FROM fund_flows) AS flows, (SELECT count(*) FROM regions) AS regions')).toEqual(counts);
    expect(await analyze(engine(), '2024Q4', policyFile)).toEqual(before);
  });

  it('a comparison that does not load reports its problems and changes nothing loaded', async () => {
    const policyFile = await loadNew();
    const before = await engine().query('SELECT quarter, region_code, item, CAST(amount AS VARCHAR) AS amount FROM fund_flows ORDER BY ALL');
    const old = await withFile(join(FIXTURE, 'old'), csv('fund_flows.csv', 'quarter,region_code,fund,direction,item,source_level,amount\n2024Q4,150102,assistance,income,donation,other,1.234\n'));
    const result = await compareWith(engine(), [{ name: 'old', files: old }], { quarter: '2024Q4', policyFile });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.row, p.column])).toEqual([['fund_flows.csv', 2, 'amount']]);
    expect(await engine().query('SELECT quarter, region_code, item, CAST(amount AS VARCHAR) AS amount FROM fund_flows ORDER BY ALL')).toEqual(before);
  });

  it('compares this quarter with the same quarter of the earlier submission, else its latest before', () => {
    expect(comparedQuarter(['2024Q3', '2024Q4'], '2024Q4')).toBe('2024Q4');
    expect(comparedQuarter(['2024Q2', '2024Q3'], '2024Q4')).toBe('2024Q3');
    expect(comparedQuarter(['2025Q1'], '2024Q4')).toBe('2025Q1');
    expect(comparedQuarter([], '2024Q4')).toBe(null);
  });
});
