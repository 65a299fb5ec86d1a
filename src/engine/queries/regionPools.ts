// 省直辖县级行政区划: the one rule that tells a grouping code of county-level
// units the province administers directly (429000, 659000…) from a city,
// used by validation (its notices and the rows booked at one) and by
// region_pools.sql (which lifts its units to pools of their own). A
// grouping also has regions under it; each caller checks that its own way.
import { fragment, renderSql, SQL } from './sql';

/** SQL true where the region aliased `r` is written as a grouping: city-level, its code ending in 9000 or its name saying 直辖县级. */
export function directGroupingSql(r: string): string {
  return `(${r}.level = 'city' AND (${r}.region_code LIKE '__9000' OR ${r}.name LIKE '%直辖县级%'))`;
}

/** The statements that make each directly administered unit a pool beside the cities (region_pools.sql). */
export function regionPoolsSql(): string {
  return renderSql(SQL.regionPools, { is_grouping: fragment(directGroupingSql('g')) });
}
