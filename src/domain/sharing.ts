// Gap sharing (缺口分担) of every city and fund for the year to date of the
// selected quarter: the inputs of shareGap gathered from the fund statuses,
// the obligations and the enrollment, under each city's policy rule.
import type { InsuredCount, ObligationShortfall } from './inputTypes';
import { Dec, ZERO, type Decimal } from './money';
import { sharingRuleFor } from './policy/policy';
import type { Policy } from './policy/types';
import { parseQuarter } from './quarter';
import { shareGap, type GapCounty, type GapSharing } from './shareGap';
import { FUNDS, type Fund, type FundStatus, type Quarter, type Region, type RegionCode } from './types';

export interface SharingInput {
  quarter: Quarter;
  regions: readonly Region[];
  /** Statuses of the selected quarter (rolled up: a city's is its pooled fund). */
  funds: readonly FundStatus[];
  /** Any years; only the selected quarter's year counts. */
  obligations: readonly ObligationShortfall[];
  /** Insured at the selected quarter, for cities whose basis is insured persons. */
  insured: readonly InsuredCount[];
  policy: Policy;
}

/**
 * One GapSharing per city and fund that has fund data at the quarter, the
 * gap zero or not (a page shows "no gap" as readily as a chain). Cities in
 * code order, funds in FUNDS order.
 */
export function gapSharings(input: SharingInput): GapSharing[] {
  const { quarter, policy } = input;
  const year = parseQuarter(quarter).year;
  const status = new Map(input.funds.filter((s) => s.quarter === quarter).map((s) => [`${s.regionCode}|${s.fund}`, s]));
  const insured = new Map(input.insured.filter((c) => c.quarter === quarter).map((c) => [c.regionCode, c.insured]));
  const shortfall = new Map<string, Decimal>();
  for (const o of input.obligations) {
    if (o.year !== year) continue;
    const key = `${o.regionCode}|${o.fund}`;
    shortfall.set(key, (shortfall.get(key) ?? ZERO).plus(o.shortfall));
  }

  const cities = input.regions.filter((r) => r.level === 'city').sort((a, b) => (a.code < b.code ? -1 : 1));
  const out: GapSharing[] = [];
  for (const city of cities) {
    const counties = input.regions.filter((r) => r.parentCode === city.code && r.level === 'county');
    const rule = sharingRuleFor(policy, city.code);
    for (const fund of FUNDS) {
      const pooled = status.get(`${city.code}|${fund}`);
      if (pooled === undefined) continue;
      const basisOf = (code: RegionCode, f: Fund): Decimal =>
        rule.county_basis === 'insured'
          ? new Dec(insured.get(code) ?? 0)
          : (status.get(`${code}|${f}`)?.ytdExpenditure ?? ZERO);
      const gapCounties: GapCounty[] = counties.map((c) => ({
        regionCode: c.code,
        shortfall: shortfall.get(`${c.code}|${fund}`) ?? ZERO,
        // A county that spent nothing (or, oddly, booked a net refund) carries no share by expenditure.
        basis: Dec.max(ZERO, basisOf(c.code, fund)),
      }));
      out.push(
        shareGap({
          cityCode: city.code,
          fund,
          year,
          income: pooled.ytdIncome,
          expenditure: pooled.ytdExpenditure,
          openingBalance: pooled.openingBalance,
          counties: gapCounties,
          ownShortfall: counties.length === 0 ? shortfall.get(`${city.code}|${fund}`) : undefined,
          cityRatio: new Dec(rule.city_ratio),
          countyBasis: rule.county_basis,
        }),
      );
    }
  }
  return out;
}
