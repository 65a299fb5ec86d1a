// The name a region is shown by. The official code lists (GB/T 2260, the
// Ministry of Civil Affairs' lists) name some regions generically: every
// municipality's 市辖区 (110100, 500100) and 县 (500200), the counties a
// province or an autonomous region governs directly (429000, 659000). Bare,
// several of them read alike in one list; with their parent's name in front,
// set off by a middle dot, they say whose they are (北京市·市辖区, 重庆市·县:
// glued, 重庆市县 read as one county's name). A name two regions of the
// dataset share (市中区 of 内江市 and of 乐山市) is shown behind its parent's
// as an ordinary full name (内江市市中区).
import type { Region, RegionCode } from './types';

/** The generic names of the official lists, old spellings (…行政单位) included. */
export const GENERIC_REGION_NAMES: readonly string[] = [
  '市辖区',
  '县',
  '省直辖县级行政区划',
  '自治区直辖县级行政区划',
  '省直辖县级行政单位',
  '自治区直辖县级行政单位',
];

const GENERIC = new Set(GENERIC_REGION_NAMES);

/** Between a generic name and the names in front of it (重庆市·县). */
export const GENERIC_NAME_SEPARATOR = '·';

export function isGenericRegionName(name: string): boolean {
  return GENERIC.has(name.trim());
}

/** A generic name as displayName shows it (重庆市·县) or bare (县). */
function isShownGeneric(name: string): boolean {
  return isGenericRegionName(name.slice(name.lastIndexOf(GENERIC_NAME_SEPARATOR) + 1));
}

/**
 * `region`'s own name, or for a generic one its parent's shown name followed
 * by its own (a parent that is generic too is named the same way). A generic
 * region whose parent is not in `byCode` keeps its own name.
 */
export function displayName(region: Region, byCode: ReadonlyMap<RegionCode, Region>): string {
  const parts: string[] = [];
  // `seen` guards against a parent cycle in user data.
  const seen = new Set<RegionCode>();
  let current: Region | undefined = region;
  while (current !== undefined && !seen.has(current.code)) {
    seen.add(current.code);
    if (!isGenericRegionName(current.name)) {
      parts.unshift(current.name);
      break;
    }
    parts.unshift(current.name.trim());
    current = current.parentCode === null ? undefined : byCode.get(current.parentCode);
  }
  return parts.join(GENERIC_NAME_SEPARATOR);
}

/**
 * `region`'s name placed for a reader of `within` and what is below it (a
 * report's list across cities): behind the name of the region it belongs to
 * (`place(乌兰察布市, 集宁区)`), bare when it is `within`, a child of
 * `within`, or belongs to `within`. A parent with a generic name (a
 * municipality's 市辖区 or 县, shown or bare) places nothing the region's own
 * name does not (涪陵区, not 重庆市·市辖区涪陵区): the region belongs to the
 * nearest ancestor with a name of its own. `byCode` holds the regions by code,
 * their names shown or as read.
 */
export function placedName(
  region: Region,
  byCode: ReadonlyMap<RegionCode, Region>,
  within: RegionCode,
  place: (owner: string, name: string) => string,
): string {
  if (region.code === within || region.parentCode === within) return region.name;
  const seen = new Set<RegionCode>([region.code]);
  let owner = region.parentCode === null ? undefined : byCode.get(region.parentCode);
  while (owner !== undefined && isShownGeneric(owner.name) && owner.parentCode !== null && !seen.has(owner.code)) {
    seen.add(owner.code);
    owner = byCode.get(owner.parentCode);
  }
  return owner === undefined || owner.code === within ? region.name : place(owner.name, region.name);
}

/**
 * The regions with their shown names, in the same order: a generic name as
 * displayName gives it, and a name two regions share — 市中区 of 内江市 and of
 * 乐山市, 鼓楼区 of 南京市 and of 徐州市; common across a province's cities —
 * with its parent's shown name in front (内江市市中区, 乐山市市中区), so a
 * list of alerts or a summary line across cities says which one it is. The
 * same array when no name is generic or shared.
 */
export function withDisplayNames(regions: Region[]): Region[] {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const generic = regions.some((r) => isGenericRegionName(r.name));
  const named = generic ? regions.map((r) => (isGenericRegionName(r.name) ? { ...r, name: displayName(r, byCode) } : r)) : regions;
  const count = new Map<string, number>();
  for (const r of named) count.set(r.name.trim(), (count.get(r.name.trim()) ?? 0) + 1);
  if (![...count.values()].some((n) => n > 1)) return named;
  const shownByCode = new Map(named.map((r) => [r.code, r]));
  return named.map((r) => {
    const parent = r.parentCode === null ? undefined : shownByCode.get(r.parentCode);
    if ((count.get(r.name.trim()) ?? 0) <= 1 || parent === undefined) return r;
    // Behind a generic parent the middle dot again (天津市·市辖区·和平区): glued, 市辖区和平区 reads as one name.
    const separator = isShownGeneric(parent.name) ? GENERIC_NAME_SEPARATOR : '';
    return { ...r, name: `${parent.name}${separator}${r.name.trim()}` };
  });
}
