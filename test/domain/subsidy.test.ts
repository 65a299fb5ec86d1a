import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, money, type Decimal } from '../../src/domain/money';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';
import { subsidyDemands, subsidySplits } from '../../src/domain/subsidy';
import type { Region, Tier } from '../../src/domain/types';

const regions: Region[] = [
  { code: '150000', name: '内蒙古自治区', level: 'province', parentCode: null, tier: null },
  { code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: 3 },
  { code: '150921', name: '卓资县', level: 'county', parentCode: '150900', tier: null }, // takes its city's tier 3
  { code: '150923', name: '商都县', level: 'county', parentCode: '150900', tier: 2 },
];
const parts = (r: { split: { total: Decimal; central: Decimal; province: Decimal; cityCounty: Decimal } } | undefined): string[] =>
  r === undefined ? [] : [r.split.total, r.split.central, r.split.province, r.split.cityCounty].map((d) => d.toFixed(2));

describe('subsidySplits', () => {
  it('splits each county by its tier and sums them up for the city and the province', () => {
    // 2024: 670 yuan. 卓资 1,000 insured, tier 3: 670,000.00 = central 80% 536,000.00 + province 70% of 134,000 = 93,800.00
    //   + city/county 40,200.00. 商都 3 insured, tier 2: 2,010.00 = 1,608.00 + 50% of 402 = 201.00 + 201.00.
    const rows = subsidySplits(
      '2024Q4',
      regions,
      [
        { regionCode: '150921', level: 'county', quarter: '2024Q4', insured: 1000 },
        { regionCode: '150923', level: 'county', quarter: '2024Q4', insured: 3 },
        { regionCode: '150900', level: 'city', quarter: '2024Q4', insured: 1003 },
      ],
      resolvePolicy(DEFAULT_POLICY_FILE, 2024),
    );
    expect(rows.map((r) => [r.regionCode, r.level, r.tier, r.insured, r.year, r.perCapita.toString()])).toEqual([
      ['150000', 'province', null, 1003, 2024, '670'],
      ['150900', 'city', 3, 1003, 2024, '670'],
      ['150921', 'county', 3, 1000, 2024, '670'],
      ['150923', 'county', 2, 3, 2024, '670'],
    ]);
    expect(parts(rows[2])).toEqual(['670000.00', '536000.00', '93800.00', '40200.00']);
    expect(parts(rows[3])).toEqual(['2010.00', '1608.00', '201.00', '201.00']);
    expect(parts(rows[1])).toEqual(['672010.00', '537608.00', '94001.00', '40401.00']);
    expect(parts(rows[0])).toEqual(parts(rows[1]));
  });

  it('a city without counties, and insured booked at a city code beside its counties, are split too (rolled-up counts)', () => {
    // 阿拉善盟 152900 (tier 2) without counties: 10 insured at its own code, 6,700.00 = central 5,360.00 + province 50% of 1,340 = 670.00 + 670.00.
    // 乌兰察布市 150900 (tier 3): 1,200 rolled up, of which 1,000 in 卓资县 and 200 at the city's own code:
    //   200 × 670 = 134,000.00 = 107,200.00 + 70% of 26,800 = 18,760.00 + 8,040.00; the city 670,000.00 + 134,000.00.
    const tree: Region[] = [...regions.slice(0, 3), { code: '152900', name: '阿拉善盟', level: 'city', parentCode: '150000', tier: 2 }];
    const rows = subsidySplits(
      '2024Q4',
      tree,
      [
        { regionCode: '150921', level: 'county', quarter: '2024Q4', insured: 1000 },
        { regionCode: '150900', level: 'city', quarter: '2024Q4', insured: 1200 },
        { regionCode: '152900', level: 'city', quarter: '2024Q4', insured: 10 },
        { regionCode: '150000', level: 'province', quarter: '2024Q4', insured: 1210 },
      ],
      resolvePolicy(DEFAULT_POLICY_FILE, 2024),
    );
    const row = (code: string) => rows.find((r) => r.regionCode === code);
    expect(rows.map((r) => [r.regionCode, r.insured])).toEqual([
      ['150000', 1210],
      ['150900', 1200],
      ['150921', 1000],
      ['152900', 10],
    ]);
    expect(parts(row('152900'))).toEqual(['6700.00', '5360.00', '670.00', '670.00']);
    expect(row('152900')?.tier).toBe(2);
    expect(parts(row('150900'))).toEqual(['804000.00', '643200.00', '112560.00', '48240.00']);
    expect(parts(row('150000'))).toEqual(['810700.00', '648560.00', '113230.00', '48910.00']);
  });

  it('the 610-yuan tier-2 example of DOMAIN.md (2022): 488 / 61 / 61', () => {
    const rows = subsidySplits('2022Q4', regions, [{ regionCode: '150923', level: 'county', quarter: '2022Q4', insured: 1 }], resolvePolicy(DEFAULT_POLICY_FILE, 2022));
    expect(parts(rows.find((r) => r.regionCode === '150923'))).toEqual(['610.00', '488.00', '61.00', '61.00']);
  });

  it('every level adds up exactly: parts to the total, counties to the city (property)', () => {
    const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2_000_000 }), fc.constantFrom<Tier>(1, 2, 3)), { minLength: 1, maxLength: 8 }), (counties) => {
        const regs: Region[] = [
          { code: '150000', name: 'p', level: 'province', parentCode: null, tier: null },
          { code: '150100', name: 'c', level: 'city', parentCode: '150000', tier: 1 },
          ...counties.map(([, tier], i): Region => ({ code: `1501${String(i + 10)}`, name: `k${i}`, level: 'county', parentCode: '150100', tier })),
        ];
        const insured = counties.map(([n], i) => ({ regionCode: `1501${String(i + 10)}`, level: 'county' as const, quarter: '2024Q4', insured: n }));
        const rows = subsidySplits('2024Q4', regs, insured, policy);
        for (const r of rows) {
          expect(r.split.central.plus(r.split.province).plus(r.split.cityCounty).eq(r.split.total)).toBe(true);
          expect([r.split.central, r.split.province, r.split.cityCounty].every((d) => d.gte(0) && d.decimalPlaces() <= 2)).toBe(true);
        }
        const city = rows.find((r) => r.level === 'city');
        const sumOf = (k: 'total' | 'central' | 'province' | 'cityCounty'): Decimal =>
          rows.filter((r) => r.level === 'county').reduce((acc, r) => acc.plus(r.split[k]), new Dec(0));
        for (const k of ['total', 'central', 'province', 'cityCounty'] as const) expect(city?.split[k].eq(sumOf(k))).toBe(true);
        expect(city?.split.total.eq(new Dec(670).times(counties.reduce((n, [c]) => n + c, 0)))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('subsidyDemands', () => {
  it('recipients × their standard against the subsidy paid year to date', () => {
    // 2024 contribution 400: 特困 100% → 400.00 × 10 = 4,000.00; 低保 45% → 180.00 × 100 = 18,000.00; demand 22,000.00.
    // Paid 4,000.00 + 9,000.00 = 13,000.00.
    const rows = subsidyDemands(
      '2024Q4',
      [
        { regionCode: '150921', level: 'county', quarter: '2024Q4', category: 'dibao', recipients: 100, subsidized: 50, subsidyAmount: money('9000.00') },
        { regionCode: '150921', level: 'county', quarter: '2024Q4', category: 'tekun', recipients: 10, subsidized: 10, subsidyAmount: money('4000.00') },
        { regionCode: '150921', level: 'county', quarter: '2024Q3', category: 'tekun', recipients: 99, subsidized: 9, subsidyAmount: money('1.00') },
      ],
      resolvePolicy(DEFAULT_POLICY_FILE, 2024),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.demand.byCategory.map((c) => [c.category, c.persons, c.standard.toFixed(2), c.amount.toFixed(2)])).toEqual([
      ['tekun', 10, '400.00', '4000.00'],
      ['dibao', 100, '180.00', '18000.00'],
    ]);
    expect(rows[0]?.demand.total.toFixed(2)).toBe('22000.00');
    expect(rows[0]?.paid.toFixed(2)).toBe('13000.00');
  });

  it("counts the recipients coverage counts (a roster quarter's deduplicated persons), not the reported figures, the paid amount still reported", () => {
    // Reported: 低保 100, 监测 20; the roster: one person on both lists is 低保 only (the higher subsidy), 低保 101, 监测 19.
    // 2024: 低保 45% → 180.00 × 101 = 18,180.00; 监测 at the policy's ratio × 19.
    const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
    const monitored = new Dec(400).times(policy.categories.monitored.subsidy_ratio).toDecimalPlaces(2);
    const reported = [
      { regionCode: '150921', level: 'county' as const, quarter: '2024Q4', category: 'dibao' as const, recipients: 100, subsidized: 50, subsidyAmount: money('9000.00') },
      { regionCode: '150921', level: 'county' as const, quarter: '2024Q4', category: 'monitored' as const, recipients: 20, subsidized: 20, subsidyAmount: money('10.00') },
    ];
    const counted = [
      { regionCode: '150921', level: 'county' as const, category: null, recipients: 120, enrolled: 118 },
      { regionCode: '150921', level: 'county' as const, category: 'dibao' as const, recipients: 101, enrolled: 100 },
      { regionCode: '150921', level: 'county' as const, category: 'monitored' as const, recipients: 19, enrolled: 18 },
    ];
    const [row] = subsidyDemands('2024Q4', reported, policy, counted);
    expect(row?.demand.byCategory.map((c) => [c.category, c.persons, c.amount.toFixed(2)])).toEqual([
      ['dibao', 101, '18180.00'],
      ['monitored', 19, monitored.times(19).toFixed(2)],
    ]);
    expect(row?.demand.total.toFixed(2)).toBe(new Dec('18180.00').plus(monitored.times(19)).toFixed(2));
    expect(row?.paid.toFixed(2)).toBe('9010.00');
    // A region coverage has no counts for: the reported figures.
    expect(subsidyDemands('2024Q4', reported, policy, [])[0]?.demand.byCategory.map((c) => c.persons)).toEqual([100, 20]);
  });
});
