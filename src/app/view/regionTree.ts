// Parent/child navigation over the regions table. Children are kept in code
// order so rankings and tables are stable between renders.
import type { Region, RegionCode } from '../../domain/types';
import { subtreeOf } from '../../domain/subtree';
import { compareCodes } from '../../domain/codeOrder';

export interface RegionTree {
  byCode: ReadonlyMap<RegionCode, Region>;
  root: Region | null;
  childrenOf(code: RegionCode): Region[];
  /** From the root down to and including `code`. */
  pathTo(code: RegionCode): Region[];
  /** `code` itself and everything below it. */
  subtreeCodes(code: RegionCode): Set<RegionCode>;
}

export function buildRegionTree(regions: readonly Region[]): RegionTree {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const children = new Map<RegionCode, Region[]>();
  for (const region of regions) {
    if (region.parentCode === null || !byCode.has(region.parentCode)) continue;
    const list = children.get(region.parentCode) ?? [];
    list.push(region);
    children.set(region.parentCode, list);
  }
  for (const list of children.values()) list.sort((a, b) => compareCodes(a.code, b.code));

  // The province is the root; a dataset without one (a single city's folder)
  // still has a top: the first region without a known parent.
  const tops = regions.filter((r) => r.parentCode === null || !byCode.has(r.parentCode));
  const root =
    tops.find((r) => r.level === 'province') ??
    [...tops].sort((a, b) => compareCodes(a.code, b.code))[0] ??
    null;

  const childrenOf = (code: RegionCode): Region[] => children.get(code) ?? [];

  const pathTo = (code: RegionCode): Region[] => {
    const path: Region[] = [];
    const seen = new Set<RegionCode>();
    let current = byCode.get(code);
    // `seen` guards against a parent cycle in user data.
    while (current && !seen.has(current.code)) {
      path.unshift(current);
      seen.add(current.code);
      current = current.parentCode === null ? undefined : byCode.get(current.parentCode);
    }
    return path;
  };

  const subtreeCodes = (code: RegionCode): Set<RegionCode> => subtreeOf(code, childrenOf);

  return { byCode, root, childrenOf, pathTo, subtreeCodes };
}
