// A region and everything below it, walked down from the region. The set
// doubles as a guard against a parent cycle in user data: a region met
// again is not walked twice.
import type { RegionCode } from './types';

export function subtreeOf(code: RegionCode, childrenOf: (code: RegionCode) => readonly { code: RegionCode }[]): Set<RegionCode> {
  const out = new Set<RegionCode>();
  const stack = [code];
  while (stack.length > 0) {
    const next = stack.pop() as RegionCode;
    if (out.has(next)) continue;
    out.add(next);
    for (const child of childrenOf(next)) stack.push(child.code);
  }
  return out;
}
