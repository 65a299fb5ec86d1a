// The sharing page's choices: which city, and in which order cities are offered.
import type { Lang } from '../../domain/lang';
import { pageMoneyUnit, type MoneyUnit } from '../../domain/moneyUnit';
import type { GapSharing } from '../../domain/shareGap';
import { sharingAmounts } from '../../report/sharingSteps';
import type { Analysis, Fund, Region, RegionCode } from '../../domain/types';
import type { RegionTree } from './regionTree';
import { compareCodes } from '../../domain/codeOrder';

export interface SharingCity {
  region: Region;
  sharing: GapSharing | undefined;
}

/** Every city of the fund, those with a gap first (largest first), then the rest in code order. */
export function sharingCities(analysis: Analysis, tree: RegionTree, fund: Fund): SharingCity[] {
  const byCity = new Map((analysis.sharing ?? []).filter((s) => s.fund === fund).map((s) => [s.cityCode, s]));
  const cities = [...tree.byCode.values()].filter((r) => r.level === 'city');
  return cities
    .map((region) => ({ region, sharing: byCity.get(region.code) }))
    .sort((a, b) => {
      const ga = a.sharing?.gap;
      const gb = b.sharing?.gap;
      const hasA = ga !== undefined && ga.gt(0);
      const hasB = gb !== undefined && gb.gt(0);
      if (hasA !== hasB) return hasA ? -1 : 1;
      if (hasA && hasB) return gb.comparedTo(ga) || compareCodes(a.region.code, b.region.code);
      return compareCodes(a.region.code, b.region.code);
    });
}

/** A city as selected, a county's city, or (for the province) the first city offered. */
export function sharingCityFor(tree: RegionTree, regionCode: RegionCode, offered: readonly SharingCity[]): RegionCode | null {
  const region = tree.byCode.get(regionCode);
  if (region?.level === 'city') return region.code;
  if (region?.level === 'county' && region.parentCode !== null && tree.byCode.has(region.parentCode)) {
    return region.parentCode;
  }
  return offered[0]?.region.code ?? null;
}

/**
 * The sharing page's one money unit, for the city picker's gaps, the gap line, the waterfall, the
 * table and the steps: chosen from every offered city's figures, so choosing another city keeps it.
 * The picker said each gap in its own unit (0.18亿元) above a headline in 万元.
 */
export function sharingPageUnit(offered: readonly SharingCity[], lang: Lang): MoneyUnit {
  return pageMoneyUnit([{ body: offered.flatMap((c) => (c.sharing ? sharingAmounts(c.sharing) : [])), total: [] }], lang);
}
