// One table, one definition: the overview's tables on screen and in their
// export list the same rows, the same columns (but the screen's band chip and
// the export's codes) and the same numbers — the screen's in one money unit
// per column named in its head, the export's exact to the fen.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportTable, tableSpec, type TableSpec } from '../../../src/app/view/table';
import { coverageSpec, monthsPayableSpec, trendSpec } from '../../../src/app/view/tables/overview';
import type { Lang } from '../../../src/domain/lang';
import { Dec, type Decimal } from '../../../src/domain/money';
import { ROUNDED_PARTS_NOTE } from '../../../src/domain/moneyUnit';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../../src/domain/policy/policy';
import { screenTable } from './screenTable';

const POLICY = resolvePolicy(DEFAULT_POLICY_FILE, 2024);

const screen = <R,>(spec: TableSpec<R>, lang: Lang) => screenTable(spec, lang);

describe('DataTable and exportTable from one definition', () => {
  beforeAll(() => vi.stubGlobal('document', { documentElement: {}, title: '' }));
  afterAll(() => vi.unstubAllGlobals());

  // 卓资县 1,130 / 1,200 = 94.1666…% (red); 化德县 995 / 1,000 = 99.5% (normal, at the band's edge).
  const bars = [
    { key: '150921', name: '卓资县', recipients: 1200, enrolled: 1130, rate: new Dec(1130).div(1200) },
    { key: '150922', name: '化德县', recipients: 1000, enrolled: 995, rate: new Dec(995).div(1000) },
  ];

  it('coverage: the same rows and figures; the band on screen, the codes in the export', () => {
    const spec = coverageSpec(bars, true, POLICY, 'zh');
    const shown = screen(spec, 'zh');
    expect(shown.heads).toEqual(['地区', '救助对象（人）', '已参保（人）', '疑似未参保（人）', '参保率', '状态']);
    expect(shown.rows).toEqual([
      ['卓资县', '1,200', '1,130', '70', '94.17%', '红色'],
      // Above the target and its yellow band: the normal band, said as such (not a blank).
      ['化德县', '1,000', '995', '5', '99.50%', '正常'],
    ]);
    const exported = exportTable(spec, 'zh');
    expect(exported.columns.map((c) => c.label)).toEqual(['区划代码', '地区', '救助对象（人）', '已参保（人）', '疑似未参保（人）', '参保率']);
    expect(exported.rows).toEqual([
      { code: '150921', name: '卓资县', recipients: 1200, enrolled: 1130, uninsured: 70, rate: '0.941667' },
      { code: '150922', name: '化德县', recipients: 1000, enrolled: 995, uninsured: 5, rate: '0.995000' },
    ]);
  });

  it('months payable: one money unit for the column on screen (万元), exact yuan in the export', () => {
    // The column's largest (1.5亿) would set 亿元, where 包头市's 1,000,000 元 read 0.01 (one digit): the column steps down to
    // 万元 (15,000.00 keeps 5 integer digits), every row in it.
    const rows = [
      { key: '150100', name: '呼和浩特市', accumulatedBalance: new Dec('150000000.00'), monthsPayable: new Dec('2.456') },
      { key: '150200', name: '包头市', accumulatedBalance: new Dec('1000000.00'), monthsPayable: null },
      { key: '150300', name: '乌海市', accumulatedBalance: new Dec('2000000.00'), monthsPayable: new Dec('7.9') },
    ];
    const spec = monthsPayableSpec(rows, false, POLICY, 'zh');
    const shown = screen(spec, 'zh');
    expect(shown.heads).toEqual(['地区', '累计结余（万元）', '可支付月数', '档位']);
    // 2.456 months: red (< 3), shown to two places, rounded half up.
    expect(shown.rows).toEqual([
      ['呼和浩特市', '15,000.00', '2.46 个月', '红色'],
      ['包头市', '100.00', '—', '无法计算'],
      // 6–9 months is in no band of the default policy: normal, not "cannot compute".
      ['乌海市', '200.00', '7.90 个月', '正常'],
    ]);
    const exported = exportTable(spec, 'zh');
    expect(exported.columns.map((c) => c.label)).toEqual(['区划代码', '地区', '累计结余（元）', '可支付月数']);
    expect(exported.rows).toEqual([
      { key: '150100', name: '呼和浩特市', balance: '150000000.00', months: '2.46' },
      { key: '150200', name: '包头市', balance: '1000000.00', months: null },
      { key: '150300', name: '乌海市', balance: '2000000.00', months: '7.90' },
    ]);
  });

  it('months payable below zero: 已透支 on screen (the computed figure on hover, still red), the number in the export', () => {
    // −5,650,657.42 over an average monthly expenditure of 9,417,762.37: −0.60 months.
    const months = new Dec('-5650657.42').div('9417762.37');
    const rows = [{ key: '150900', name: '乌兰察布市', accumulatedBalance: new Dec('-5650657.42'), monthsPayable: months }];
    const zh = screen(monthsPayableSpec(rows, false, POLICY, 'zh'), 'zh');
    expect(zh.rows).toEqual([['乌兰察布市', '-565.07', '已透支', '红色']]);
    expect(zh.html).toContain('title="计算值 -0.60 个月"');
    const en = screen(monthsPayableSpec(rows, false, POLICY, 'en'), 'en');
    expect(en.rows[0]?.[2]).toBe('overdrawn');
    expect(en.html).toContain('title="computed -0.60 months"');
    expect(exportTable(monthsPayableSpec(rows, false, POLICY, 'zh'), 'zh').rows[0]).toMatchObject({ months: '-0.60' });
  });

  it('trend in English: current balance = income − expenditure on screen and in the export; the flows in one unit', () => {
    const zero = new Dec(0);
    const points = [
      {
        quarter: '2024Q1' as const,
        income: new Dec('2500000.00'),
        incomeBySource: { central: new Dec('2000000.00'), province: new Dec('492000.00'), city: zero, county: zero, individual: zero, other: new Dec('8000.00') },
        expenditure: new Dec('3000000.00'),
        accumulatedBalance: new Dec('1525000000.00'),
      },
    ];
    const spec = trendSpec(points, ['central', 'province', 'other'], 'en');
    const shown = screen(spec, 'en');
    expect(shown.heads).toEqual([
      'Quarter',
      'Income (thousand yuan)',
      'Central (thousand yuan)',
      'Province (thousand yuan)',
      // The sources add up to income and income − expenditure is the current balance: one unit for them all. Income's
      // 2.5 million would set million yuan, where 其他's 8,000 read 0.01: the group steps down to thousands (8.00).
      'Other (thousand yuan)',
      'Expenditure (thousand yuan)',
      'Current balance (thousand yuan)',
      // The stock the flows move, in their unit too: on its own its 1.5 billion read beside thousands (found by the reading sweep).
      'Accumulated balance (thousand yuan)',
    ]);
    expect(shown.rows).toEqual([['2024Q1', '2,500.00', '2,000.00', '492.00', '8.00', '3,000.00', '-500.00', '1,525,000.00']]);
    expect(exportTable(spec, 'en').rows).toEqual([
      {
        quarter: '2024Q1',
        income: '2500000.00',
        source_central: '2000000.00',
        source_province: '492000.00',
        source_other: '8000.00',
        expenditure: '3000000.00',
        current: '-500000.00',
        accumulated: '1525000000.00',
      },
    ]);
  });

  describe('a total row (合计): the body rows choose the unit, the total reads in it', () => {
    interface Flow {
      name: string;
      due: Decimal;
      paid: Decimal;
      total?: boolean;
    }
    const flows = (rows: Flow[]) =>
      tableSpec(
        rows,
        (r) => r.name,
        [
          { key: 'name', head: '地区', kind: 'text', rowHeader: {}, value: (r) => r.name },
          { key: 'due', head: '应资助', kind: 'money', unitGroup: 'due', value: (r) => r.due },
          { key: 'paid', head: '实际资助', kind: 'money', unitGroup: 'due', value: (r) => r.paid },
          { key: 'gap', head: '差额', kind: 'money', value: (r) => r.due.minus(r.paid) },
        ],
        (r) => r.total === true,
      );

    it('cities of 8,611,700.00 and 898,500.00 yuan read 861.17 and 89.85 万元; the province 136,859,800.00 reads 13,685.98 万元, in bold', () => {
      // Due − paid: 24,200.00, 1,000.00 and 427,300.00 — its own unit, from the cities: 万元 (2.42, 0.10, 42.73).
      const spec = flows([
        { name: '呼和浩特市', due: new Dec('8611700.00'), paid: new Dec('8587500.00') },
        { name: '乌海市', due: new Dec('898500.00'), paid: new Dec('897500.00') },
        { name: '内蒙古自治区（合计）', due: new Dec('136859800.00'), paid: new Dec('136432500.00'), total: true },
      ]);
      const shown = screen(spec, 'zh');
      expect(shown.heads).toEqual(['地区', '应资助（万元）', '实际资助（万元）', '差额（万元）']);
      expect(shown.rows).toEqual([
        ['呼和浩特市', '861.17', '858.75', '2.42'],
        ['乌海市', '89.85', '89.75', '0.10'],
        ['内蒙古自治区（合计）', '13,685.98', '13,643.25', '42.73'],
      ]);
      expect(shown.totals.map((r) => r[0])).toEqual(['内蒙古自治区（合计）']);
      // Every grouped figure, the total's too, is exact at two decimals in 万元: no note.
      expect(shown.html).not.toContain('rounded-parts-note');
    });

    it('a group whose total reads rounded in the body\'s unit says so', () => {
      // 136,859,801.00 = 13,685.9801 万元: rounded to 13,685.98, so the parts may miss it in the last digit.
      const spec = flows([
        { name: '呼和浩特市', due: new Dec('8611700.00'), paid: new Dec('8587500.00') },
        { name: '内蒙古自治区（合计）', due: new Dec('136859801.00'), paid: new Dec('136432500.00'), total: true },
      ]);
      const shown = screen(spec, 'zh');
      expect(shown.rows[1]).toEqual(['内蒙古自治区（合计）', '13,685.98', '13,643.25', '42.73']);
      expect(shown.html).toContain(ROUNDED_PARTS_NOTE.zh);
    });

    it('a table of its total alone reads in the total\'s unit: 136,859,800.00 is 1.37 亿元', () => {
      const shown = screen(flows([{ name: '内蒙古自治区（合计）', due: new Dec('136859800.00'), paid: new Dec('136432500.00'), total: true }]), 'zh');
      expect(shown.heads).toEqual(['地区', '应资助（亿元）', '实际资助（亿元）', '差额（万元）']);
      expect(shown.rows).toEqual([['内蒙古自治区（合计）', '1.37', '1.36', '42.73']]);
    });

    it('negative figures are measured by their magnitude; a zero row reads 0.00', () => {
      // Paid more than due: −24,200.00 and −980.00 in the cities (万元), −427,300.00 for the province.
      const spec = flows([
        { name: '呼和浩特市', due: new Dec('0.00'), paid: new Dec('0.00') },
        { name: '包头市', due: new Dec('100.00'), paid: new Dec('24300.00') },
        { name: '乌海市', due: new Dec('20.00'), paid: new Dec('1000.00') },
        { name: '内蒙古自治区（合计）', due: new Dec('120.00'), paid: new Dec('427420.00'), total: true },
      ]);
      const shown = screen(spec, 'zh');
      // The table reads in 元: 乌海市's due of 20.00 would read 0.00 in 万元, and 427,420.00 keeps 6 integer digits in 元.
      // The difference reads in it too (one unit per table), where on its own it read 万元 (-2.42 beside 100.00元).
      expect(shown.heads).toEqual(['地区', '应资助（元）', '实际资助（元）', '差额（元）']);
      expect(shown.rows.map((r) => r[1])).toEqual(['0.00', '100.00', '20.00', '120.00']);
      expect(shown.rows.map((r) => r[3])).toEqual(['0.00', '-24,200.00', '-980.00', '-427,300.00']);
    });
  });
});
