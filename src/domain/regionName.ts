// The name a region is shown by. The official code lists (GB/T 2260, the
// Ministry of Civil Affairs' lists) name some regions generically: every
// municipality's 市辖区 (110100, 500100) and 县 (500200), the counties a
// province or an autonomous region governs directly (429000, 659000). Bare,
// several of them read alike in one list; with their parent's name in front
// they read as the lists' own full names (北京市市辖区, 重庆市县).
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

export function isGenericRegionName(name: string): boolean {
  return GENERIC.has(name.trim());
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
  return parts.join('');
}

/**
 * The regions with their shown names (displayName), in the same order; the
 * same array when no name is generic.
 */
export function withDisplayNames(regions: Region[]): Region[] {
  if (!regions.some((r) => isGenericRegionName(r.name))) return regions;
  const byCode = new Map(regions.map((r) => [r.code, r]));
  return regions.map((r) => (isGenericRegionName(r.name) ? { ...r, name: displayName(r, byCode) } : r));
}
