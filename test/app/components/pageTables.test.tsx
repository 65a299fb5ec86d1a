// One table, one definition, page by page: each page's table on screen and
// in its export list the same rows and the same figures — on screen money in
// one unit per column named in its head (or to the fen where the page says 元),
// in the export exact yuan; words that differ on purpose (a code beside a
// name, a longer head) are asserted as such.
import { message } from '../../../src/domain/messages/codes';
import { renderMessage } from '../../../src/domain/messages/render';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportTable } from '../../../src/app/view/table';
import { allocationSpec } from '../../../src/app/view/tables/allocation';
import { fileSpec, problemSpec } from '../../../src/app/view/tables/data';
import { reconciliationDocumentsSpec, reconciliationSpec } from '../../../src/app/view/tables/reconciliation';
import { indicatorSpec, rowChangesSpec } from '../../../src/app/view/tables/revisions';
import { followUpSpec, uninsuredSpec } from '../../../src/app/view/tables/roster';
import { sharingSpec } from '../../../src/app/view/tables/sharing';
import { subsidyDemandSpec, subsidySplitSpec } from '../../../src/app/view/tables/subsidy';
import { tileMapSpec } from '../../../src/app/view/tables/tileMap';
import { reconciliationView } from '../../../src/app/view/reconciliationView';
import { reconciliationBounds } from '../../../src/domain/alerts/reconciliation';
import { Dec } from '../../../src/domain/money';
import { ROUNDED_PARTS_NOTE } from '../../../src/domain/moneyUnit';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../../src/domain/policy/policy';
import type { ReconciliationDocument, ReconciliationRow } from '../../../src/domain/reconciliationTypes';
import type { Revisions } from '../../../src/domain/revisions';
import type { SubsidyDemandRow, SubsidySplitRow } from '../../../src/domain/types';
import type { Problem } from '../../../src/engine/ingest/problems';
import { screenTable } from './screenTable';
import { CITY_COUNTY_WORDS, LEAGUE_BANNER_WORDS } from '../../../src/domain/levelWords';

const d = (n: string) => new Dec(n);
const NAMES: Record<string, string> = {
  '150000': '内蒙古自治区',
  '150100': '呼和浩特市',
  '150102': '回民区',
  '150200': '包头市',
  '150300': '乌海市',
  '150900': '乌兰察布市',
  '150921': '卓资县',
};
const name = (code: string) => NAMES[code] ?? code;
const POLICY = resolvePolicy(DEFAULT_POLICY_FILE, 2024);

function doc(transferId: string, amount: string, receivedDate: string | null): ReconciliationDocument {
  return { transferId, fromLevel: 'province', toRegionCode: '150100', kind: 'formal', amount: d(amount), issuedDate: '2024-05-01', receivedDate, origin: 'central', chain: [transferId, `C-${transferId}`] };
}

function pool(cityCode: string, received: string, booked: string, documents: ReconciliationDocument[]): ReconciliationRow {
  return { cityCode, fund: 'resident', year: 2024, level: 'central', hasDocuments: true, hasBookings: true, received: d(received), booked: d(booked), difference: d(booked).minus(d(received)), documents, outside: [] };
}

describe('page tables: the screen and the export from one definition', () => {
  beforeAll(() => vi.stubGlobal('document', { documentElement: {}, title: '' }));
  afterAll(() => vi.unstubAllGlobals());

  it('对账: 到账 and 入账 share one unit; the difference has its own; the export adds the codes, the year and the document list', () => {
    // 乌海市: 1,060,000 − 1,000,000 = 60,000 (6%: red), ranked first; 包头市 booked what it received.
    const view = reconciliationView([pool('150200', '80000.00', '80000.00', [doc('B', '80000.00', '2024-05-03')]), pool('150300', '1000000.00', '1060000.00', [doc('C', '1000000.00', '2024-05-03')])], POLICY);
    const spec = reconciliationSpec(view.ranked, name, 'zh', LEAGUE_BANNER_WORDS, reconciliationBounds(POLICY));
    const shown = screenTable(spec, 'zh');
    expect(shown.heads).toEqual(['排名', '盟市', '基金', '来源级次', '到账（万元）', '入账（万元）', '差额（万元）', '差额占到账', '文件', '状态']);
    // Another province's data names its cities 地市, on screen and in the export.
    expect(screenTable(reconciliationSpec(view.ranked, name, 'zh', CITY_COUNTY_WORDS), 'zh').heads[1]).toBe('地市');
    expect(exportTable(reconciliationSpec(view.ranked, name, 'zh', CITY_COUNTY_WORDS), 'zh').columns.slice(1, 3).map((c) => c.label)).toEqual(['地市代码', '地市']);
    expect(shown.rows).toEqual([
      ['1', '乌海市', '城乡居民医保基金', '中央', '100.00', '106.00', '6.00', '6.00%', '1', '红色'],
      ['2', '包头市', '城乡居民医保基金', '中央', '8.00', '8.00', '0.00', '0.00%', '1', '一致'],
    ]);
    const exported = exportTable(spec, 'zh');
    expect(exported.columns.map((c) => c.label)).toEqual(['排名', '盟市代码', '盟市', '基金', '年度', '来源级次', '到账（元）', '入账（元）', '差额 = 入账 − 到账（元）', '差额绝对值占到账比例（状态按此分级）', '到账文件', '状态']);
    expect(exported.rows.map((r) => [r.rank, r.city, r.received, r.booked, r.difference, r.documents, r.severity])).toEqual([
      [1, '乌海市', '1000000.00', '1060000.00', '60000.00', 'C', '红色'],
      [2, '包头市', '80000.00', '80000.00', '0.00', 'B', '一致'],
    ]);
  });

  it('对账: the share the status is judged on, never read across the bound it is judged by', () => {
    // 1,050,000.01 − 1,000,000.00 = 50,000.01: 5.000001% of received, over the 5% bound: red, and never "5.00%".
    const view = reconciliationView([pool('150300', '1000000.00', '1050000.01', [doc('C', '1000000.00', '2024-05-03')]), pool('150200', '1000000.00', '1050000.00', [doc('B', '1000000.00', '2024-05-03')])], POLICY);
    const rows = screenTable(reconciliationSpec(view.ranked, name, 'zh', LEAGUE_BANNER_WORDS, reconciliationBounds(POLICY)), 'zh').rows;
    expect(rows.map((r) => [r[1], r[7], r[9]])).toEqual([
      ['乌海市', '5.000001%', '红色'],
      ['包头市', '5.00%', '黄色'],
    ]);
    // The export's ratio too: six decimals would read 0.050000, the bound itself.
    const exported = exportTable(reconciliationSpec(view.ranked, name, 'zh', LEAGUE_BANNER_WORDS, reconciliationBounds(POLICY)), 'zh');
    expect(exported.rows.map((r) => [r.city, r.share, r.severity])).toEqual([
      ['乌海市', '0.05000001', '红色'],
      ['包头市', '0.050000', '黄色'],
    ]);
  });

  it('对账 documents in English: the receiving region by name on screen, by code in the export', () => {
    const row: ReconciliationRow = { ...pool('150100', '1000.00', '1000.00', [doc('A', '1000.00', '2024-05-03')]), outside: [{ ...doc('L', '5.00', '2024-07-02'), reason: 'received_later' }] };
    const spec = reconciliationDocumentsSpec(row, name, 'en', LEAGUE_BANNER_WORDS);
    const shown = screenTable(spec, 'en');
    // 1,000.00 reaches a thousand, but 5.00 would read 0.01 thousand: the column steps down to yuan (1,000.00 and 5.00).
    expect(shown.heads).toEqual(['Document', 'Issued by', 'To', 'Kind', 'Amount (yuan)', 'Issued', 'Received', 'Source chain', 'Counted']);
    expect(shown.rows).toEqual([
      ['A', 'Province', '呼和浩特市', 'Formal budget', '1,000.00', '2024-05-01', '2024-05-03', 'A → C-A', 'Yes'],
      ['L', 'Province', '呼和浩特市', 'Formal budget', '5.00', '2024-05-01', '2024-07-02', 'L → C-L', 'No: received after the quarter end'],
    ]);
    const exported = exportTable(spec, 'en');
    expect(exported.columns.map((c) => c.label)).toEqual(['Document', 'Issued by', 'To region code', 'Kind', 'Amount (yuan)', 'Issued', 'Received', 'Source chain', 'Counted as received']);
    expect(exported.rows.map((r) => [r.to_region_code, r.kind, r.amount, r.counted])).toEqual([
      ['150100', 'Formal budget', '1000.00', 'Yes'],
      ['150100', 'Formal budget', '5.00', 'No: received after the quarter end'],
    ]);
    // In Chinese the kind is the policy documents' word, not the data's code.
    expect(screenTable(reconciliationDocumentsSpec(row, name, 'zh', LEAGUE_BANNER_WORDS), 'zh').rows.map((r) => r[3])).toEqual(['正式下达', '正式下达']);
    // Issued by the autonomous region in Inner Mongolia's words, by the province in another's.
    expect(screenTable(reconciliationDocumentsSpec(row, name, 'zh', LEAGUE_BANNER_WORDS), 'zh').rows.map((r) => r[1])).toEqual(['自治区', '自治区']);
    expect(screenTable(reconciliationDocumentsSpec(row, name, 'zh', CITY_COUNTY_WORDS), 'zh').rows.map((r) => r[1])).toEqual(['省级', '省级']);
  });

  it('缺口分担: the gap, then the parts, to the fen and rounded on screen, exact in the export', () => {
    // 1,000,000.00 = 400,000.00 (balance) + 300,000.00 (city) + 300,000.00 (county).
    const rows = [
      { key: 'gap', step: '缺口', regionCode: '150100', amount: d('1000000.00') },
      { key: 'balance', step: '累计结余弥补', regionCode: '150100', amount: d('400000.00') },
      { key: 'city', step: '盟市本级承担', regionCode: '150100', amount: d('300000.00') },
      { key: 'county', step: '旗县分担', regionCode: '150921', amount: d('300000.00') },
    ];
    const spec = sharingSpec(rows, name, 'zh');
    const shown = screenTable(spec, 'zh');
    expect(shown.heads).toEqual(['步骤', '地区', '金额（元，精确到分）', '金额（万元）']);
    expect(shown.rows).toEqual([
      ['缺口', '呼和浩特市', '1,000,000.00', '100.00'],
      ['累计结余弥补', '呼和浩特市', '400,000.00', '40.00'],
      ['盟市本级承担', '呼和浩特市', '300,000.00', '30.00'],
      ['旗县分担', '卓资县', '300,000.00', '30.00'],
    ]);
    const exported = exportTable(spec, 'zh');
    expect(exported.columns.map((c) => c.label)).toEqual(['步骤', '区划代码', '地区', '金额（元）']);
    expect(exported.rows.map((r) => [r.region_code, r.amount])).toEqual([
      ['150100', '1000000.00'],
      ['150100', '400000.00'],
      ['150100', '300000.00'],
      ['150921', '300000.00'],
    ]);
  });

  it('因素法分配: every amount of the table to the fen in 元, the difference too, its head saying so (差额 read 万元 beside 元 columns)', () => {
    const allocation = {
      year: 2024,
      pot: 'assistance' as const,
      total: d('12345678.91'),
      rows: [{ regionCode: '150100', factorPart: d('8641975.24'), performancePart: d('3703703.67'), amount: d('12345678.91'), share: new Dec(1) }],
      factors: [{ regionCode: '150100', need: d('1'), tierRatio: d('1'), population: d('0'), incidence: d('0'), fiscal: d('0'), performance: d('90') }],
    };
    const spec = allocationSpec(allocation, (code) => ({ regionCode: code, base: d('12345678.91'), scenario: d('13580246.80'), difference: d('1234567.89') }), name, 'zh', LEAGUE_BANNER_WORDS);
    const shown = screenTable(spec, 'zh');
    expect(shown.heads.slice(-6)).toEqual(['因素部分（元，精确到分）', '绩效部分（元，精确到分）', '基准金额（元，精确到分）', '占比', '情景金额（元，精确到分）', '差额（元，精确到分）']);
    expect(shown.rows[0]!.slice(-6)).toEqual(['8,641,975.24', '3,703,703.67', '12,345,678.91', '100.00%', '13,580,246.80', '+1,234,567.89']);
  });

  it('因素法分配 in English: the factors as given, the amounts to the fen, the scenario and its change on screen only', () => {
    const allocation = {
      year: 2024,
      pot: 'emergency' as const,
      total: d('1000.00'),
      rows: [{ regionCode: '150100', factorPart: d('700.01'), performancePart: d('299.99'), amount: d('1000.00'), share: new Dec(1).div(3) }],
      factors: [{ regionCode: '150100', need: d('0'), tierRatio: d('0'), population: d('12345'), incidence: d('0.0125'), fiscal: d('1.2'), performance: d('88') }],
    };
    // Scenario 1,000.50: 0.50 more than the baseline 1,000.00.
    const spec = allocationSpec(allocation, (code) => ({ regionCode: code, base: d('1000.00'), scenario: d('1000.50'), difference: d('0.50') }), name, 'en', LEAGUE_BANNER_WORDS);
    const shown = screenTable(spec, 'en');
    expect(shown.heads).toEqual([
      'City',
      'Resident population',
      'Incidence rate',
      'Fiscal difficulty',
      'Performance score',
      'Factor part (yuan, to the fen)',
      'Performance part (yuan, to the fen)',
      'Baseline (yuan, to the fen)',
      'Share',
      'Scenario (yuan, to the fen)',
      'Difference (yuan, to the fen)',
    ]);
    expect(shown.rows).toEqual([['呼和浩特市', '12345', '0.0125', '1.2', '88', '700.01', '299.99', '1,000.00', '33.33%', '1,000.50', '+0.50']]);
    const exported = exportTable(spec, 'en');
    expect(exported.columns.map((c) => c.label)).toEqual([
      'Region code',
      'City',
      'Resident population',
      'Incidence rate',
      'Fiscal difficulty',
      'Performance score',
      'Factor part (yuan)',
      'Performance part (yuan)',
      'Baseline amount (yuan)',
      'Share',
      'Scenario amount (yuan)',
    ]);
    expect(exported.rows[0]).toMatchObject({ factor_population: '12345', factor_incidence: '0.0125', amount: '1000.00', share: '0.333333', scenario: '1000.50' });
  });

  it('补助测算: the total and its three shares in one unit on screen (they add up), the region itself as the total; exact yuan and plain names in the export', () => {
    // 100 insured × 670.00 = 67,000.00 = 53,600.00 (central, 80%) + 6,700.00 (province) + 6,700.00 (city + county).
    const split = (regionCode: string, tier: 2 | null): SubsidySplitRow => ({
      regionCode,
      level: 'county',
      year: 2024,
      tier,
      insured: 100,
      perCapita: d('670'),
      split: { total: d('67000'), central: d('53600'), province: d('6700'), cityCounty: d('6700') },
    });
    const spec = subsidySplitSpec([split('150921', 2), split('150900', null)], '150900', name, 'zh', LEAGUE_BANNER_WORDS);
    const shown = screenTable(spec, 'zh');
    // Each column alone would choose its own unit (6,700.00 is below 10,000 yuan: 元), so 5.36 + 6,700.00 + 6,700.00
    // would not add up to 6.70 by eye. The parts share the total's unit, 万元: 5.36 + 0.67 + 0.67 = 6.70.
    expect(shown.heads).toEqual(['地区', '地区类别', '参保人数', '补助总额（万元）', '中央（万元）', '自治区（万元）', '盟市+旗县（万元）']);
    expect(shown.rows).toEqual([
      ['卓资县', '2 类', '100', '6.70', '5.36', '0.67', '0.67'],
      ['乌兰察布市（合计）', '—', '100', '6.70', '5.36', '0.67', '0.67'],
    ]);
    // Every figure is exact at two decimals in 万元: nothing rounded, no note.
    expect(shown.html).not.toContain('rounded-parts-note');
    const exported = exportTable(spec, 'zh');
    expect(exported.rows.map((r) => [r.name, r.tier, r.insured, r.per_capita, r.total, r.central, r.province, r.city_county])).toEqual([
      ['卓资县', 2, 100, '670.00', '67000.00', '53600.00', '6700.00', '6700.00'],
      ['乌兰察布市', null, 100, '670.00', '67000.00', '53600.00', '6700.00', '6700.00'],
    ]);
  });

  it('补助测算, due and paid (screen only): the difference = due − paid; the category cell says persons × standard on hover', () => {
    // 10 persons × 380.00 = 3,800.00 due; 3,000.00 paid: 800.00 short.
    const row: SubsidyDemandRow = {
      regionCode: '150900',
      level: 'city',
      quarter: '2024Q4',
      demand: { total: d('3800'), byCategory: [{ category: 'dibao', persons: 10, standard: d('380'), amount: d('3800') }] },
      paid: d('3000'),
    };
    const shown = screenTable(subsidyDemandSpec([row], row, name, 'zh'), 'zh');
    expect(shown.heads).toEqual(['地区', '低保对象（元）', '应资助合计（元）', '实际资助（元）', '差额（元）']);
    expect(shown.rows).toEqual([['乌兰察布市（合计）', '3,800.00', '3,800.00', '3,000.00', '800.00']]);
    expect(shown.html).toContain('title="10 人 × 380.00 元"');
  });

  it('补助测算, due and paid: due and paid in one unit; each category and the difference in its own (a few yuan never reads 0.00)', () => {
    // 低保 1,000 × 380.00 = 380,000.00; 事实无人抚养儿童 2 × 380.00 = 760.00; due 380,760.00; paid 380,740.00: 20.00 short.
    // Due and paid are compared: one unit, 万元 (38.08, 38.07: rounded, so the table says so). In that unit 760.00 and
    // 20.00 would read 0.08 and 0.00 — and on a province's cities, whose total reaches 亿元, every category 0.00 —
    // so they keep their own unit, as reconciliation's difference does.
    const row: SubsidyDemandRow = {
      regionCode: '150900',
      level: 'city',
      quarter: '2024Q4',
      demand: {
        total: d('380760'),
        byCategory: [
          { category: 'dibao', persons: 1000, standard: d('380'), amount: d('380000') },
          { category: 'de_facto_orphan', persons: 2, standard: d('380'), amount: d('760') },
        ],
      },
      paid: d('380740'),
    };
    const shown = screenTable(subsidyDemandSpec([row], row, name, 'zh'), 'zh');
    expect(shown.heads).toEqual(['地区', '低保对象（万元）', '事实无人抚养儿童（元）', '应资助合计（万元）', '实际资助（万元）', '差额（元）']);
    expect(shown.rows).toEqual([['乌兰察布市（合计）', '38.00', '760.00', '38.08', '38.07', '20.00']]);
    expect(shown.html).toContain(`data-testid="rounded-parts-note"><td colSpan="6">${ROUNDED_PARTS_NOTE.zh}</td>`);
  });

  it('补助测算, due and paid of a province: the cities choose the unit, the province total reads in it (万元, not 0.80亿元)', () => {
    // 特困人员 × 400.00: 呼和浩特市 200,000 persons = 80,000,000.00 due, 79,900,000.00 paid (100,000.00 short);
    // 乌海市 75,000 = 30,000,000.00 due, 29,950,000.00 paid (50,000.00 short). The province: 275,000 persons,
    // 110,000,000.00 due (1.1亿), 109,850,000.00 paid, 150,000.00 short. The largest city, 80,000,000.00, is below
    // 100,000,000: 万元 for the cities and, with more integer digits, for the province (11,000.00).
    const demand = (regionCode: string, level: 'province' | 'city', persons: number, due: string, paid: string): SubsidyDemandRow => ({
      regionCode,
      level,
      quarter: '2024Q4',
      demand: { total: d(due), byCategory: [{ category: 'tekun', persons, standard: d('400'), amount: d(due) }] },
      paid: d(paid),
    });
    const province = demand('150000', 'province', 275_000, '110000000', '109850000');
    const rows = [demand('150100', 'city', 200_000, '80000000', '79900000'), demand('150300', 'city', 75_000, '30000000', '29950000'), province];
    const shown = screenTable(subsidyDemandSpec(rows, province, name, 'zh'), 'zh');
    expect(shown.heads).toEqual(['地区', '特困人员（万元）', '应资助合计（万元）', '实际资助（万元）', '差额（万元）']);
    expect(shown.rows).toEqual([
      ['呼和浩特市', '8,000.00', '8,000.00', '7,990.00', '10.00'],
      ['乌海市', '3,000.00', '3,000.00', '2,995.00', '5.00'],
      ['内蒙古自治区（合计）', '11,000.00', '11,000.00', '10,985.00', '15.00'],
    ]);
    // The province's row is the table's total (bold), from the definition itself.
    expect(shown.totals).toEqual([['内蒙古自治区（合计）', '11,000.00', '11,000.00', '10,985.00', '15.00']]);
    // Every figure exact at two decimals in 万元, the total's too: no rounded-parts note.
    expect(shown.html).not.toContain('rounded-parts-note');
    // In English one unit for the table too: 乌海市's shortfall of 50,000.00 would read 0.05 million, so thousand
    // (the total 110,000,000.00 reads 110,000.00, six integer digits). Per column the row read 80.00 million
    // beside 100.00 thousand.
    const en = screenTable(subsidyDemandSpec(rows, province, name, 'en'), 'en');
    expect(en.heads.slice(1)).toEqual(['Persons in extreme poverty (thousand yuan)', 'Total due (thousand yuan)', 'Paid (thousand yuan)', 'Difference (thousand yuan)']);
    expect(en.rows.map((r) => r.slice(1))).toEqual([
      ['80,000.00', '80,000.00', '79,900.00', '100.00'],
      ['30,000.00', '30,000.00', '29,950.00', '50.00'],
      ['110,000.00', '110,000.00', '109,850.00', '150.00'],
    ]);
  });

  it('缺口分担: the parts choose the unit; the gap above them reads in it (12,000.00万元, not 1.20亿元)', () => {
    // 120,000,000.00 = 80,000,000.00 (balance) + 40,000,000.00 (city): the largest part is below 1亿, so 万元.
    const rows = [
      { key: 'gap', step: '缺口', regionCode: '150100', amount: d('120000000.00') },
      { key: 'balance', step: '累计结余弥补', regionCode: '150100', amount: d('80000000.00') },
      { key: 'city', step: '盟市本级承担', regionCode: '150100', amount: d('40000000.00') },
    ];
    const shown = screenTable(sharingSpec(rows, name, 'zh'), 'zh');
    expect(shown.heads).toEqual(['步骤', '地区', '金额（元，精确到分）', '金额（万元）']);
    expect(shown.rows.map((r) => r[3])).toEqual(['12,000.00', '8,000.00', '4,000.00']);
    expect(shown.totals.map((r) => r[0])).toEqual(['缺口']);
  });

  it('数据: files and problems, the format as people name it on screen and as the loader does in the export', () => {
    const files = [
      { file: 'a.csv', sheet: null, table: 'regions', format: 'csv' as const, encoding: 'utf-8' as const, rows: 1234 },
      { file: 'b.xlsx', sheet: 'fund_flows', table: 'fund_flows', format: 'xlsx' as const, encoding: null, rows: null },
    ];
    const spec = fileSpec(files, 'en');
    const shown = screenTable(spec, 'en');
    expect(shown.heads).toEqual(['File', 'Sheet', 'Table', 'Format', 'Encoding', 'Rows']);
    expect(shown.rows).toEqual([
      ['a.csv', '—', 'regions', 'CSV', 'utf-8', '1,234'],
      ['b.xlsx', 'fund_flows', 'fund_flows', 'XLSX', '—', '—'],
    ]);
    expect(exportTable(spec, 'en').rows).toEqual([
      { file: 'a.csv', sheet: null, table: 'regions', format: 'csv', encoding: 'utf-8', rows: 1234 },
      { file: 'b.xlsx', sheet: 'fund_flows', table: 'fund_flows', format: 'xlsx', encoding: null, rows: null },
    ]);
    const problem: Problem = {
      file: 'data.xlsx',
      sheet: 'fund_flows',
      row: 4,
      column: 'amount',
      problem: message('cell.too_many_decimals', { value: '12.345', unit: null, decimals: 2 }),
      expected: message('cell.expected', { kind: 'money', signed: false, values: [] }),
      severity: 'error',
    };
    // The problem's sentences as the catalogue says them (test/domain/messages checks the catalogue itself).
    const [said, wanted] = [renderMessage(problem.problem, 'zh'), renderMessage(problem.expected, 'zh')];
    expect(said).toContain('12.345');
    const problems = problemSpec([problem], 'zh');
    expect(screenTable(problems, 'zh').rows).toEqual([['data.xlsx', 'fund_flows', '第4行', 'amount', said, wanted]]);
    expect(exportTable(problems, 'zh').rows).toEqual([{ severity: '错误', file: 'data.xlsx', sheet: 'fund_flows', row: 4, column: 'amount', problem: said, expected: wanted }]);
  });

  it('名册: the count under a short head on screen; the follow-up status a chip; the export spells out what to verify', () => {
    const uninsured = uninsuredSpec([{ regionCode: '150102', category: 'dibao', persons: 1203 }], name, 'zh');
    expect(screenTable(uninsured, 'zh')).toMatchObject({ heads: ['地区', '救助类别', '人数'], rows: [['回民区', '低保对象', '1,203']] });
    const exported = exportTable(uninsured, 'zh');
    expect(exported.columns.map((c) => c.label)).toEqual(['区划代码', '地区', '救助类别', '疑似未参保（人）']);
    expect(exported.rows).toEqual([{ region_code: '150102', region: '回民区', category: '低保对象', persons: 1203 }]);

    const followUp = followUpSpec([{ maskedId: '150921****1234', regionCode: '150921', category: 'tekun', enrolled: false, review: true }], name, 'zh');
    const shown = screenTable(followUp, 'zh');
    expect(shown.heads).toEqual(['身份证号（脱敏）', '地区', '救助类别', '参保情况', '核实']);
    expect(shown.rows).toEqual([['150921****1234', '卓资县', '特困人员', '疑似未参保', '多地区登记']]);
    expect(shown.html).toContain('<th scope="row" class="mono">150921****1234</th>');
    expect(shown.html).toContain('<span class="chip chip-orange">疑似未参保</span>');
    expect(exportTable(followUp, 'zh').rows).toEqual([
      { masked_id: '150921****1234', region_code: '150921', region: '卓资县', category: '特困人员', status: '疑似未参保', review: '多地区登记，需核实' },
    ]);
  });

  it('分区方块图: a region with no figure has no band (its grey tile is not a normal one)', () => {
    // 呼和浩特市 995 / 1,000 = 99.5%: above the 99% target, normal. 包头市: no recipients in the data.
    const tiles = [
      { key: '150100', name: '呼和浩特市', row: 0, col: 0, auto: false, value: d('0.995') },
      { key: '150200', name: '包头市', row: 0, col: 1, auto: false, value: null },
    ];
    expect(screenTable(tileMapSpec(tiles, 'coverage', POLICY, 'zh'), 'zh').rows).toEqual([
      ['呼和浩特市', '99.5%', '正常'],
      ['包头市', '无数据', '—'],
    ]);
    expect(screenTable(tileMapSpec(tiles, 'months_payable', POLICY, 'en'), 'en').rows[1]).toEqual(['包头市', 'no data', '—']);
  });

  it('版本比对: a row added has blank cells on screen and empty ones in the export; an indicator reads with its unit and change on screen, exact in the export', () => {
    const rows = rowChangesSpec([{ table: 'fund_flows', change: 'added', key: 'quarter=2024Q4', column: null, old: null, new: null }], 'en');
    expect(screenTable(rows, 'en').rows).toEqual([['fund_flows', 'Row added', 'quarter=2024Q4', '', '', '']]);
    expect(exportTable(rows, 'en').rows).toEqual([{ table: 'fund_flows', change: 'Row added', key: 'quarter=2024Q4', column: null, old: null, new: null }]);
    const indicators: Revisions['indicators'] = [{ regionCode: '150100', fund: 'resident', indicator: 'months_payable', old: d('3.5'), new: d('2.25') }];
    const spec = indicatorSpec(indicators, name, 'zh');
    const shown = screenTable(spec, 'zh');
    const exported = exportTable(spec, 'zh');
    expect(shown.rows[0]).toEqual(['呼和浩特市 · 城乡居民医保基金', '可支付月数', '3.50 个月', '2.25 个月', '−1.25 个月']);
    expect([exported.rows[0]?.indicator, exported.rows[0]?.old, exported.rows[0]?.new]).toEqual(['可支付月数', '3.50', '2.25']);
    // 479,875,759.09 → 479,553,792.64 元 (the CLI's --compare on the sample with three expenditures raised): one unit for the
    // row, stepped down so the change of 321,966.45 reads with two digits (tableMoneyUnit), not −0.0032亿元.
    const balance = indicatorSpec([{ regionCode: '150100', fund: 'assistance', indicator: 'accumulated_balance', old: d('479875759.09'), new: d('479553792.64') }], name, 'zh');
    expect(screenTable(balance, 'zh').rows[0]?.slice(1)).toEqual(['累计结余', '47,987.58万元', '47,955.38万元', '−32.20万元']);
    expect(exportTable(balance, 'zh').rows[0]).toMatchObject({ indicator: '累计结余（元）', old: '479875759.09', new: '479553792.64' });
    const rate = indicatorSpec([{ regionCode: '150100', fund: null, indicator: 'coverage', old: d('0.9990'), new: d('0.98904') }, { regionCode: '150200', fund: 'assistance', indicator: 'months_payable', old: d('1.2'), new: d('-0.6') }], name, 'en');
    expect(screenTable(rate, 'en').rows.map((r) => r.slice(2))).toEqual([
      ['99.90%', '98.90%', '−1.00 pp'],
      ['1.20 months', 'overdrawn (computed -0.60 months)', '−1.80 months'],
    ]);
  });
});
