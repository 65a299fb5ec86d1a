// The sample's period and the policy values it is calibrated on.
import defaults from '../../src/domain/policy/policy.default.json';
import type { PolicyFile, PolicyYearBlock } from '../../src/domain/policy/types';
import type { Category, Tier } from '../../src/domain/types';
import { parseRatio, type Ratio, yuanToFen, type Fen } from './money';

export const YEARS = [2022, 2023, 2024] as const;
export const QUARTER_NUMBERS = [1, 2, 3, 4] as const;
export const QUARTERS: string[] = YEARS.flatMap((y) => QUARTER_NUMBERS.map((q) => `${y}Q${q}`));

export const POLICY = defaults as unknown as PolicyFile;

/** Later years inherit: the latest block up to `year` that sets the value wins. */
function inherited<T>(year: number, pick: (b: PolicyYearBlock) => T | undefined): T {
  const blocks = [...POLICY.years].filter((b) => b.year <= year).sort((a, b) => b.year - a.year);
  for (const b of blocks) {
    const v = pick(b);
    if (v !== undefined) return v;
  }
  throw new Error(`policy sets no value for ${year}`);
}

export function fiscalPerCapita(year: number): Fen {
  return yuanToFen(inherited(year, (b) => b.financing?.fiscal_subsidy_per_capita));
}

export function contributionPerCapita(year: number): Fen {
  return yuanToFen(inherited(year, (b) => b.financing?.individual_contribution));
}

export function centralShare(year: number): Ratio {
  return parseRatio(inherited(year, (b) => b.fiscal_split?.central_share));
}

export function provinceShareOfRest(year: number, tier: Tier): Ratio {
  return parseRatio(inherited(year, (b) => b.fiscal_split?.province_share_of_rest_by_tier?.[tier]));
}

export function subsidyRatio(year: number, category: Category): Ratio {
  return parseRatio(inherited(year, (b) => b.categories?.[category]?.subsidy_ratio));
}
