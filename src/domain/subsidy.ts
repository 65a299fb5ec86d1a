// Who pays the resident fiscal subsidy of a year (per region), and the
// enrollment-subsidy demand of medical-assistance recipients against what
// was paid (DOMAIN.md "Per-capita financing", issue 3 item 3).
import type { AssistanceSubsidy, InsuredCount } from './inputTypes';
import { Dec, sum, ZERO, type Decimal } from './money';
import type { Policy } from './policy/types';
import { parseQuarter } from './quarter';
import { splitSubsidy, subsidyDemand, type SubsidySplit } from './splitSubsidy';
import {
  CATEGORIES,
  type Category,
  type CoverageCounts,
  type Quarter,
  type Region,
  type RegionCode,
  type SubsidyDemandRow,
  type SubsidySplitRow,
  type Tier,
} from './types';

/** A region's own tier, else the nearest ancestor's (a county takes its city's). */
function tierOf(code: RegionCode, byCode: Map<RegionCode, Region>): Tier | null {
  for (let r = byCode.get(code), hops = 0; r !== undefined && hops < 10; r = byCode.get(r.parentCode ?? ''), hops++) {
    if (r.tier !== null) return r.tier;
  }
  return null;
}

function addSplits(parts: readonly SubsidySplit[]): SubsidySplit {
  return {
    total: sum(parts.map((p) => p.total)),
    central: sum(parts.map((p) => p.central)),
    province: sum(parts.map((p) => p.province)),
    cityCounty: sum(parts.map((p) => p.cityCounty)),
  };
}

/**
 * The fiscal subsidy of the quarter's year: each county's insured at the
 * quarter × the per-capita standard, split by its tier (its own, else its
 * city's). A city's and the province's rows are the sums of their counties'
 * rows, so every level's parts add up exactly to the level below (splitting
 * a city's total on its own would round differently). Counties without a
 * tier anywhere up their tree cannot be split and are left out.
 *
 * `insured` is rolled up (a city's count is its own code's plus its
 * counties'): a city's own insured — all of them for a city without counties,
 * those booked at its code beside its counties otherwise — are its rolled-up
 * count less its counties', split by the city's tier as one more part of it.
 */
export function subsidySplits(quarter: Quarter, regions: readonly Region[], insured: readonly InsuredCount[], policy: Policy): SubsidySplitRow[] {
  const year = parseQuarter(quarter).year;
  const perCapita = new Dec(policy.financing.fiscal_subsidy_per_capita);
  const split = {
    centralShare: new Dec(policy.fiscal_split.central_share),
    provinceShareOfRestByTier: {
      '1': new Dec(policy.fiscal_split.province_share_of_rest_by_tier['1']),
      '2': new Dec(policy.fiscal_split.province_share_of_rest_by_tier['2']),
      '3': new Dec(policy.fiscal_split.province_share_of_rest_by_tier['3']),
    },
  };
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const insuredOf = new Map(insured.filter((c) => c.quarter === quarter).map((c) => [c.regionCode, c.insured]));

  const countyRows: SubsidySplitRow[] = [];
  for (const county of regions.filter((r) => r.level === 'county')) {
    const persons = insuredOf.get(county.code);
    const tier = tierOf(county.code, byCode);
    if (persons === undefined || tier === null) continue;
    countyRows.push({
      regionCode: county.code,
      level: 'county',
      year,
      tier,
      insured: persons,
      perCapita,
      split: splitSubsidy(perCapita, persons, tier, split),
    });
  }

  const rollUp = (level: 'city' | 'province', members: (r: Region) => SubsidySplitRow[]): SubsidySplitRow[] =>
    regions
      .filter((r) => r.level === level)
      .flatMap((r) => {
        const rows = members(r);
        if (rows.length === 0) return [];
        return [
          {
            regionCode: r.code,
            level,
            year,
            tier: r.tier,
            insured: rows.reduce((n, x) => n + x.insured, 0),
            perCapita,
            split: addSplits(rows.map((x) => x.split)),
          },
        ];
      });
  const cityOwn = (city: Region): SubsidySplitRow[] => {
    const rolled = insuredOf.get(city.code);
    const tier = tierOf(city.code, byCode);
    if (rolled === undefined || tier === null) return [];
    const inCounties = regions
      .filter((r) => r.parentCode === city.code && r.level === 'county')
      .reduce((n, c) => n + (insuredOf.get(c.code) ?? 0), 0);
    const own = rolled - inCounties;
    if (own <= 0) return [];
    return [{ regionCode: city.code, level: 'city', year, tier, insured: own, perCapita, split: splitSubsidy(perCapita, own, tier, split) }];
  };
  const cityRows = rollUp('city', (city) => [...countyRows.filter((c) => byCode.get(c.regionCode)?.parentCode === city.code), ...cityOwn(city)]);
  const provinceRows = rollUp('province', (p) => cityRows.filter((c) => byCode.get(c.regionCode)?.parentCode === p.code));
  return [...provinceRows, ...cityRows, ...countyRows].sort((a, b) => (a.regionCode < b.regionCode ? -1 : 1));
}

/**
 * Demand = recipients (who should be subsidised, at the quarter's end) ×
 * their category's standard (individual contribution × subsidy ratio,
 * rounded to the fen); paid = subsidy_amount year to date. Recipients, not
 * `subsidized`: the question is what subsidising everyone entitled costs,
 * so a shortfall of paid against demand shows people not yet subsidised.
 * One row per region (any level) with assistance_enrollment at the quarter;
 * its recipients those coverage counts (`counted`), where it has any.
 */
export function subsidyDemands(quarter: Quarter, rows: readonly AssistanceSubsidy[], policy: Policy, counted: readonly CoverageCounts[] = []): SubsidyDemandRow[] {
  // The recipients coverage counts (coverage_counts.sql): in a quarter with a roster its
  // deduplicated persons, each under the one identity the dedupe gives them, where the
  // reported figures counted a person on two lists twice (a 四川 sweep: 应资助 15.94万元 off).
  const countedBy = new Map<RegionCode, Map<Category, number>>();
  for (const c of counted) {
    if (c.category === null) continue;
    let of = countedBy.get(c.regionCode);
    if (of === undefined) countedBy.set(c.regionCode, (of = new Map()));
    of.set(c.category, c.recipients);
  }
  const contribution = new Dec(policy.financing.individual_contribution);
  const ratios = Object.fromEntries(CATEGORIES.map((c) => [c, new Dec(policy.categories[c].subsidy_ratio)])) as Record<Category, Decimal>;
  const byRegion = new Map<RegionCode, AssistanceSubsidy[]>();
  for (const r of rows) {
    if (r.quarter !== quarter) continue;
    const list = byRegion.get(r.regionCode);
    if (list === undefined) byRegion.set(r.regionCode, [r]);
    else list.push(r);
  }
  return [...byRegion.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([regionCode, list]) => {
      const byCategory = countedBy.get(regionCode);
      const persons = CATEGORIES.flatMap((category) => {
        if (byCategory !== undefined) {
          const n = byCategory.get(category);
          return n === undefined ? [] : [{ category, persons: n }];
        }
        const of = list.filter((r) => r.category === category);
        return of.length === 0 ? [] : [{ category, persons: of.reduce((n, r) => n + r.recipients, 0) }];
      });
      return {
        regionCode,
        level: list[0]?.level ?? 'county',
        quarter,
        demand: subsidyDemand(persons, contribution, ratios),
        paid: list.reduce((acc, r) => acc.plus(r.subsidyAmount), ZERO),
      };
    });
}
