import { describe, expect, it } from 'vitest';
import { buildAnalysis, fundHistory, toAnalysisJson, type AnalysisInput } from '../../src/domain/analysis';
import { DEFAULT_POLICY_FILE, parsePolicyFile } from '../../src/domain/policy/policy';
import { Dec } from '../../src/domain/money';
import { opening, totals } from './fixtures';

// A tiny dataset, 2024Q2 selected:
// - coverage: 卓资县 4,850 / 4,920 = 0.98577… (red); 乌兰察布市 9,960 / 10,000 = 0.996 (normal);
//   卓资县 低保 2,990 / 3,000 = 0.996667 (a category row: listed, never alerted).
// - 乌兰察布市 resident fund: opening 2024 1,000,000.00;
//   Q1 income 600,000.00 expenditure 300,000.00; Q2 income 200,000.00 expenditure 600,000.00;
//   a 2024Q3 row that must be ignored.
//   YTD at Q2: income 800,000.00, expenditure 900,000.00, current balance −100,000.00 (red);
//   the quarter alone 200,000 − 600,000 = −400,000.00 (red);
//   balance rate −100,000 / 800,000 = −0.125 (red);
//   accumulated 1,000,000 − 100,000 = 900,000.00;
//   months payable 900,000 / ((300,000 + 600,000) / 6) = 900,000 / 150,000 = 6.00 (normal).
// - 卓资县 assistance fund: Q2 income 50,000.00 expenditure 20,000.00, no opening balance.
const input: AnalysisInput = {
  quarter: '2024Q2',
  regions: [
    { code: '150000', name: '内蒙古自治区', level: 'province', parentCode: null, tier: null },
    { code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: 3 },
    { code: '150921', name: '卓资县', level: 'county', parentCode: '150900', tier: 3 },
  ],
  coverageCounts: [
    { regionCode: '150921', level: 'county', category: 'dibao', recipients: 3000, enrolled: 2990 },
    { regionCode: '150921', level: 'county', category: null, recipients: 4920, enrolled: 4850 },
    { regionCode: '150900', level: 'city', category: null, recipients: 10000, enrolled: 9960 },
  ],
  fundTotals: [
    totals('150900', 'city', 'resident', '2024Q3', '1.00', '99999999.00'),
    totals('150921', 'county', 'assistance', '2024Q2', '50000.00', '20000.00'),
    totals('150900', 'city', 'resident', '2024Q2', '200000.00', '600000.00'),
    totals('150900', 'city', 'resident', '2024Q1', '600000.00', '300000.00'),
  ],
  openings: [opening('150900', 'resident', 2024, '1000000.00')],
  policyFile: DEFAULT_POLICY_FILE,
};

describe('buildAnalysis', () => {
  const analysis = buildAnalysis(input);

  it('keeps the selected quarter in funds and every quarter up to it in history', () => {
    expect(analysis.funds.map((s) => `${s.regionCode} ${s.fund} ${s.quarter}`)).toEqual([
      '150900 resident 2024Q2',
      '150921 assistance 2024Q2',
    ]);
    expect(analysis.history.map((s) => `${s.regionCode} ${s.fund} ${s.quarter}`)).toEqual([
      '150900 resident 2024Q1',
      '150900 resident 2024Q2',
      '150921 assistance 2024Q2',
    ]);
    expect(analysis.regions).toHaveLength(3);
  });

  it('takes a fund history computed beforehand (fundHistory) and gives the same analysis', () => {
    const history = fundHistory(input);
    // 2024Q1 alone: (1,000,000 + 600,000 − 300,000) / (300,000 / 3) = 13.00 months; the 2024Q3 row is left out.
    expect(history.map((s) => `${s.regionCode} ${s.fund} ${s.quarter} ${s.monthsPayable?.toFixed(2) ?? '-'}`)).toEqual([
      '150900 resident 2024Q1 13.00',
      '150900 resident 2024Q2 6.00',
      '150921 assistance 2024Q2 -',
    ]);
    const given = buildAnalysis(input, history);
    expect(given.history).toBe(history);
    expect(given).toEqual(analysis);
  });

  it('produces the analyze --json document', () => {
    expect(toAnalysisJson(analysis)).toEqual({
      quarter: '2024Q2',
      coverage: [
        { region_code: '150900', level: 'city', category: null, recipients: 10000, enrolled: 9960, rate: '0.996000' },
        { region_code: '150921', level: 'county', category: null, recipients: 4920, enrolled: 4850, rate: '0.985772' },
        { region_code: '150921', level: 'county', category: 'dibao', recipients: 3000, enrolled: 2990, rate: '0.996667' },
      ],
      funds: [
        {
          region_code: '150900',
          fund: 'resident',
          quarter: '2024Q2',
          income: '800000.00',
          expenditure: '900000.00',
          current_balance: '-100000.00',
          accumulated_balance: '900000.00',
          months_payable: '6.00',
        },
        {
          region_code: '150921',
          fund: 'assistance',
          quarter: '2024Q2',
          income: '50000.00',
          expenditure: '20000.00',
          current_balance: '30000.00',
          accumulated_balance: null,
          months_payable: null,
        },
      ],
      alerts: [
        {
          rule: 'coverage',
          severity: 'red',
          region_code: '150921',
          fund: null,
          quarter: '2024Q2',
          value: '0.985772',
          threshold: '0.990000',
          message: '卓资县 救助对象参保率 = 已参保 4,850 人 ÷ 救助对象 4,920 人 = 98.58%，低于目标 99.00%（红色）',
          message_en: '卓资县 recipient enrollment rate = enrolled 4,850 ÷ recipients 4,920 = 98.58%, below the target 99.00% (red)',
        },
        {
          rule: 'current_deficit',
          severity: 'red',
          region_code: '150900',
          fund: 'resident',
          quarter: '2024Q2',
          value: '-100000.00',
          threshold: '0.00',
          message: '乌兰察布市 城乡居民医保基金 年初至今当期结余 = 收入 80.00万元 − 支出 90.00万元 = -10.00万元，低于 0.00万元（红色）',
          // 800,000 yuan = 0.8000 million: the same precision as 80.00万.
          message_en:
            '乌兰察布市 resident basic medical insurance fund current balance year to date = income 0.8000 million yuan − ' +
            'expenditure 0.9000 million yuan = -0.1000 million yuan, below 0.0000 million yuan (red)',
        },
        // The quarter alone (20万 − 60万 = −40万) is not alerted: the resident
        // fund is seasonal by default policy and judged on the year to date.
        {
          rule: 'balance_rate',
          severity: 'red',
          region_code: '150900',
          fund: 'resident',
          quarter: '2024Q2',
          value: '-0.125000',
          threshold: '0.000000',
          message: '乌兰察布市 城乡居民医保基金 年初至今当期结余率 = 当期结余 -10.00万元 ÷ 收入 80.00万元 = -12.50%，低于 0.00%（红色）',
          message_en:
            '乌兰察布市 resident basic medical insurance fund current balance rate year to date = current balance -0.1000 million yuan ÷ ' +
            'income 0.8000 million yuan = -12.50%, below 0.00% (red)',
        },
        // Issue 3 item 5 (alerts/forecast.ts, its own tests): the year-end
        // projection falls from 6.00 months today into the orange band.
        expect.objectContaining({ rule: 'forecast', severity: 'orange', region_code: '150900', fund: 'resident', quarter: '2024Q2' }),
      ],
      // Issue 3: the YTD gap 900,000 − 800,000 = 100,000.00 is wholly covered by the
      // opening balance 1,000,000.00; nothing is left for 卓资县 or the city. The
      // city has no assistance-fund data, so no assistance row.
      sharing: [
        {
          city_code: '150900',
          fund: 'resident',
          year: 2024,
          gap: '100000.00',
          covered_by_balance: '100000.00',
          county_self: [{ region_code: '150921', amount: '0.00' }],
          city_share: '0.00',
          county_shares: [{ region_code: '150921', amount: '0.00' }],
        },
      ],
      allocation: [], // no allocation_totals
      reconciliation: [], // no transfers: no documents, so no row is printed
    });
  });

  it('serialises to plain JSON (no Decimal objects left)', () => {
    const text = JSON.stringify(toAnalysisJson(analysis));
    expect(JSON.parse(text)).toEqual(toAnalysisJson(analysis));
    expect(text).toContain('"months_payable":"6.00"');
  });

  it('resolves the policy of the selected year', () => {
    // From 2024 the province tolerates down to 98%: 卓资县's 98.58% no longer alerts.
    const file = structuredClone(DEFAULT_POLICY_FILE) as unknown as { years: Record<string, unknown>[] };
    const block2024 = file.years.find((y) => y.year === 2024);
    if (block2024) block2024.thresholds = { coverage: [{ severity: 'red', lt: '0.98' }] };
    const policyFile = parsePolicyFile(file);
    const rules = buildAnalysis({ ...input, policyFile }).alerts.map((a) => a.rule);
    // The forecast alert (issue 3) does not depend on the coverage bands.
    expect(rules).toEqual(['current_deficit', 'balance_rate', 'forecast']);
    const in2023 = buildAnalysis({ ...input, quarter: '2023Q4', policyFile });
    expect(in2023.alerts.map((a) => a.rule)).toEqual(['coverage']);
  });
});

describe('buildAnalysis names generic regions by their parent', () => {
  // Beijing as the official list names it: the city level is 110100 市辖区.
  // 市辖区 resident fund 2024Q1: income 100.00, expenditure 250.00, so the
  // quarter's and year's current balance is 100 − 250 = −150.00 (red).
  const beijing: AnalysisInput = {
    quarter: '2024Q1',
    regions: [
      { code: '110000', name: '北京市', level: 'province', parentCode: null, tier: null },
      { code: '110100', name: '市辖区', level: 'city', parentCode: '110000', tier: 1 },
      { code: '110101', name: '东城区', level: 'county', parentCode: '110100', tier: 1 },
    ],
    coverageCounts: [],
    fundTotals: [totals('110100', 'city', 'resident', '2024Q1', '100.00', '250.00')],
    openings: [],
    policyFile: DEFAULT_POLICY_FILE,
  };
  const analysis = buildAnalysis(beijing);

  it('shows 110100 as 北京市·市辖区 in the regions every view names from', () => {
    expect(analysis.regions.map((r) => r.name)).toEqual(['北京市', '北京市·市辖区', '东城区']);
  });

  it('says 北京市·市辖区 in alert sentences, Chinese and English', () => {
    const deficit = toAnalysisJson(analysis).alerts.find((a) => a.rule === 'current_deficit' && a.region_code === '110100');
    expect(deficit?.value).toBe('-150.00');
    expect(deficit?.message.startsWith('北京市·市辖区 城乡居民医保基金 年初至今当期结余 = 收入 ')).toBe(true);
    expect(deficit?.message_en.startsWith('北京市·市辖区 resident basic medical insurance fund ')).toBe(true);
  });
});

describe('buildAnalysis with a county that holds a balance and never booked a flow', () => {
  // 乌兰察布市 assistance fund, 2024Q1, the city's own account empty:
  // - 卓资县 (150921): opening 500.00, income 1,000.00, expenditure 5,000.00;
  // - 化德县 (150922): opening 1,200.00, no fund_flows row at all.
  // Rolled up, the city: opening 1,700.00, income 1,000.00, expenditure 5,000.00,
  // accumulated 1,700 + 1,000 − 5,000 = −2,300.00 = 卓资县 −3,500.00 + 化德县 1,200.00.
  // Gap 4,000.00: 1,700.00 from the balance, rest 2,300.00, no shortfall;
  // city 50% = 1,150.00; counties 1,150.00 by expenditure: 卓资县 all, 化德县 0.00.
  const regions = [
    { code: '150000', name: '内蒙古自治区', level: 'province', parentCode: null, tier: null },
    { code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: 3 },
    { code: '150921', name: '卓资县', level: 'county', parentCode: '150900', tier: 3 },
    { code: '150922', name: '化德县', level: 'county', parentCode: '150900', tier: 3 },
  ] as const satisfies AnalysisInput['regions'];
  const withBalance = (huade: string): AnalysisInput => ({
    quarter: '2024Q1',
    regions: [...regions],
    coverageCounts: [],
    fundTotals: ['150000', '150900', '150921'].map((code) =>
      totals(code, code === '150000' ? 'province' : code === '150900' ? 'city' : 'county', 'assistance', '2024Q1', '1000.00', '5000.00'),
    ),
    openings: [
      opening('150000', 'assistance', 2024, new Dec('500.00').plus(huade).toFixed(2)),
      opening('150900', 'assistance', 2024, new Dec('500.00').plus(huade).toFixed(2)),
      opening('150921', 'assistance', 2024, '500.00'),
      opening('150922', 'assistance', 2024, huade),
    ],
    policyFile: DEFAULT_POLICY_FILE,
  });
  const json = toAnalysisJson(buildAnalysis(withBalance('1200.00')));

  it('lists it in funds with its balance, zero income and spending, and no months payable', () => {
    expect(json.funds.find((f) => f.region_code === '150922')).toEqual({
      region_code: '150922',
      fund: 'assistance',
      quarter: '2024Q1',
      income: '0.00',
      expenditure: '0.00',
      current_balance: '0.00',
      accumulated_balance: '1200.00',
      months_payable: null,
    });
  });

  it("its city's balance is its counties' to the fen", () => {
    const balance = (code: string) => json.funds.find((f) => f.region_code === code)?.accumulated_balance;
    expect(balance('150900')).toBe('-2300.00');
    expect(balance('150921')).toBe('-3500.00');
    expect(new Dec(balance('150921') ?? 'NaN').plus(balance('150922') ?? 'NaN').toFixed(2)).toBe('-2300.00');
  });

  it('the gap is shared to the fen, the county that spent nothing carrying none of it', () => {
    expect(json.sharing).toEqual([
      {
        city_code: '150900',
        fund: 'assistance',
        year: 2024,
        gap: '4000.00',
        covered_by_balance: '1700.00',
        county_self: [
          { region_code: '150921', amount: '0.00' },
          { region_code: '150922', amount: '0.00' },
        ],
        city_share: '1150.00',
        county_shares: [
          { region_code: '150921', amount: '1150.00' },
          { region_code: '150922', amount: '0.00' },
        ],
      },
    ]);
  });

  it('a positive balance with nothing spent raises no alert; a negative one is an accumulated deficit (red)', () => {
    expect(json.alerts.filter((a) => a.region_code === '150922')).toEqual([]);
    const negative = toAnalysisJson(buildAnalysis(withBalance('-300.00'))).alerts.filter((a) => a.region_code === '150922');
    expect(negative.map((a) => [a.rule, a.severity, a.value])).toEqual([['accumulated_negative', 'red', '-300.00']]);
  });
});
