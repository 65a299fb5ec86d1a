// Gap sharing wired through buildAnalysis: the chain of DOMAIN.md's five
// steps on a hand-made city, with every amount worked out by hand.
import { describe, expect, it } from 'vitest';
import { buildAnalysis, toAnalysisJson, type AnalysisInput } from '../../src/domain/analysis';
import { money } from '../../src/domain/money';
import { DEFAULT_POLICY_FILE, parsePolicyFile } from '../../src/domain/policy/policy';
import { opening, totals } from './fixtures';

// 乌兰察布市 150900 with 卓资县 150921, 商都县 150923, 凉城县 150925; assistance fund, 2024Q1 (= year to date).
// Pooled: income 1,000,000.00, expenditure 1,300,000.00 (city account 300,000 + counties 200,000 / 300,000 / 500,000).
// 1. gap = 1,300,000 − 1,000,000 = 300,000.00
// 2. opening balance 100,000.00 covers 100,000.00; rest 200,000.00
// 3. 商都县 owed 30,000.00 (matching subsidy) + 10,000.01 (contributions) = 40,000.01 ≤ 200,000 → its own;
//    rest' = 159,999.99
// 4. city 50%: 79,999.995 → 80,000.00 (half up); counties' part 79,999.99 = 7,999,999 fen
// 5. by YTD expenditure 2 : 3 : 5 → 1,599,999.8 / 2,399,999.7 / 3,999,999.5 fen; floors sum 7,999,997, the
//    2 leftover fen go to the largest remainders .8 (卓资) and .7 (商都):
//    卓资 16,000.00, 商都 24,000.00, 凉城 39,999.99 (= 79,999.99).
// Check: 100,000.00 + 40,000.01 + 80,000.00 + 79,999.99 = 300,000.00.
const input: AnalysisInput = {
  quarter: '2024Q1',
  regions: [
    { code: '150000', name: '内蒙古自治区', level: 'province', parentCode: null, tier: null },
    { code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: 3 },
    { code: '150921', name: '卓资县', level: 'county', parentCode: '150900', tier: 3 },
    { code: '150923', name: '商都县', level: 'county', parentCode: '150900', tier: 3 },
    { code: '150925', name: '凉城县', level: 'county', parentCode: '150900', tier: 3 },
  ],
  coverageCounts: [],
  fundTotals: [
    totals('150900', 'city', 'assistance', '2024Q1', '1000000.00', '1300000.00'),
    totals('150921', 'county', 'assistance', '2024Q1', '0.00', '200000.00'),
    totals('150923', 'county', 'assistance', '2024Q1', '0.00', '300000.00'),
    totals('150925', 'county', 'assistance', '2024Q1', '0.00', '500000.00'),
  ],
  openings: [opening('150900', 'assistance', 2024, '100000.00')],
  policyFile: DEFAULT_POLICY_FILE,
  obligations: [
    { regionCode: '150923', fund: 'assistance', year: 2024, kind: 'matching_subsidy', shortfall: money('30000.00') },
    { regionCode: '150923', fund: 'assistance', year: 2024, kind: 'contribution', shortfall: money('10000.01') },
    // Another fund and another year do not count.
    { regionCode: '150921', fund: 'resident', year: 2024, kind: 'contribution', shortfall: money('5.00') },
    { regionCode: '150921', fund: 'assistance', year: 2023, kind: 'contribution', shortfall: money('7.00') },
  ],
  residentInsured: [
    { regionCode: '150921', level: 'county', quarter: '2024Q1', insured: 100 },
    { regionCode: '150923', level: 'county', quarter: '2024Q1', insured: 100 },
    { regionCode: '150925', level: 'county', quarter: '2024Q1', insured: 200 },
  ],
};

describe('buildAnalysis: gap sharing', () => {
  it('balance covers part, a county its own shortfall, city and counties share the rest', () => {
    const [sharing, ...others] = buildAnalysis(input).sharing;
    expect(others).toEqual([]); // only the fund with data
    expect(sharing?.gap.toFixed(2)).toBe('300000.00');
    expect(sharing?.coveredByBalance.toFixed(2)).toBe('100000.00');
    expect(sharing?.countySelf.map((r) => `${r.regionCode} ${r.amount.toFixed(2)}`)).toEqual(['150921 0.00', '150923 40000.01', '150925 0.00']);
    expect(sharing?.cityShare.toFixed(2)).toBe('80000.00');
    expect(sharing?.countyShares.map((r) => `${r.regionCode} ${r.amount.toFixed(2)}`)).toEqual([
      '150921 16000.00',
      '150923 24000.00',
      '150925 39999.99',
    ]);
  });

  it('appears in the analyze --json document in the DESIGN.md shape', () => {
    expect(toAnalysisJson(buildAnalysis(input)).sharing).toEqual([
      {
        city_code: '150900',
        fund: 'assistance',
        year: 2024,
        gap: '300000.00',
        covered_by_balance: '100000.00',
        county_self: [
          { region_code: '150921', amount: '0.00' },
          { region_code: '150923', amount: '40000.01' },
          { region_code: '150925', amount: '0.00' },
        ],
        city_share: '80000.00',
        county_shares: [
          { region_code: '150921', amount: '16000.00' },
          { region_code: '150923', amount: '24000.00' },
          { region_code: '150925', amount: '39999.99' },
        ],
      },
    ]);
  });

  it("follows the city's own rule from the policy file: 25% and insured persons", () => {
    // rest' 159,999.99 × 25% = 39,999.9975 → 40,000.00; counties 119,999.99 = 11,999,999 fen by insured 1 : 1 : 2:
    // 2,999,999.75 / 2,999,999.75 / 5,999,999.5 fen; 2 leftover fen to the two .75 remainders (lower codes first):
    // 卓资 30,000.00, 商都 30,000.00, 凉城 59,999.99.
    const file = structuredClone(DEFAULT_POLICY_FILE) as unknown as { years: { sharing?: unknown }[] };
    if (file.years[0]) {
      file.years[0].sharing = { default: { city_ratio: '0.5', county_basis: 'expenditure' }, cities: { '150900': { city_ratio: '0.25', county_basis: 'insured' } } };
    }
    const [sharing] = buildAnalysis({ ...input, policyFile: parsePolicyFile(file) }).sharing;
    expect(sharing?.cityShare.toFixed(2)).toBe('40000.00');
    expect(sharing?.countyShares.map((r) => r.amount.toFixed(2))).toEqual(['30000.00', '30000.00', '59999.99']);
  });

  it('a city without a gap still gets its row, every part zero', () => {
    const surplus = { ...input, fundTotals: [totals('150900', 'city', 'assistance', '2024Q1', '2000000.00', '1300000.00')] };
    const [sharing] = toAnalysisJson(buildAnalysis(surplus)).sharing;
    expect(sharing).toMatchObject({ gap: '0.00', covered_by_balance: '0.00', city_share: '0.00' });
    expect(sharing?.county_self.every((r) => r.amount === '0.00')).toBe(true);
  });

  // 2024Q2: only the city's own account booked (expenditure 100,000.00); the counties booked nothing that quarter.
  // Year to date: income 1,000,000.00, expenditure 1,400,000.00 → gap 400,000.00; the balance covers 100,000.00;
  // 商都 40,000.01 its own; rest' 259,999.99; city 129,999.995 → 130,000.00; counties' part 129,999.99 = 12,999,999 fen
  // by their YTD expenditure 2 : 3 : 5 → 2,599,999.8 / 3,899,999.7 / 6,499,999.5; the 2 leftover fen to .8 and .7:
  // 卓资 26,000.00, 商都 39,000.00, 凉城 64,999.99 (not 43,333.33 each, as if they had spent nothing).
  it('counties that booked nothing in the quarter share by their year-to-date expenditure', () => {
    const q2 = { ...input, quarter: '2024Q2', fundTotals: [...input.fundTotals, totals('150900', 'city', 'assistance', '2024Q2', '0.00', '100000.00')] };
    const [sharing] = toAnalysisJson(buildAnalysis(q2)).sharing;
    expect(sharing).toMatchObject({ gap: '400000.00', covered_by_balance: '100000.00', city_share: '130000.00' });
    expect(sharing?.county_self.map((r) => r.amount)).toEqual(['0.00', '40000.01', '0.00']);
    expect(sharing?.county_shares).toEqual([
      { region_code: '150921', amount: '26000.00' },
      { region_code: '150923', amount: '39000.00' },
      { region_code: '150925', amount: '64999.99' },
    ]);
    // And each county is in the quarter's fund figures with its year to date.
    const funds = toAnalysisJson(buildAnalysis(q2)).funds.filter((f) => f.region_code !== '150900');
    expect(funds.map((f) => `${f.region_code} ${f.income} ${f.expenditure}`)).toEqual(['150921 0.00 200000.00', '150923 0.00 300000.00', '150925 0.00 500000.00']);
  });

  // 仙桃市 429004 listed as a city under 湖北省, no counties, owing 1,000.00 of its own contributions (paid 4,000.00 of 5,000.00).
  // Gap 1,300,000 − 1,000,000 = 300,000.00; no opening balance; its own 1,000.00 first; the city 299,000.00.
  it('a city without counties (a 省直辖县) makes up its own shortfall as its own part', () => {
    const xiantao: AnalysisInput = {
      ...input,
      regions: [
        { code: '420000', name: '湖北省', level: 'province', parentCode: null, tier: null },
        { code: '429004', name: '仙桃市', level: 'city', parentCode: '420000', tier: 2 },
      ],
      fundTotals: [totals('429004', 'city', 'assistance', '2024Q1', '1000000.00', '1300000.00')],
      openings: [],
      obligations: [{ regionCode: '429004', fund: 'assistance', year: 2024, kind: 'contribution', shortfall: money('1000.00') }],
      residentInsured: [],
    };
    const [sharing] = toAnalysisJson(buildAnalysis(xiantao)).sharing;
    expect(sharing).toEqual({
      city_code: '429004',
      fund: 'assistance',
      year: 2024,
      gap: '300000.00',
      covered_by_balance: '0.00',
      county_self: [{ region_code: '429004', amount: '1000.00' }],
      city_share: '299000.00',
      county_shares: [],
    });
  });
});
