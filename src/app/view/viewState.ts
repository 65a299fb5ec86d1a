// What the user is looking at, as it lives in the address bar
// (`?q=2024Q4&r=150900&f=resident`), so a view can be bookmarked and shared.
import type { Fund, Quarter, RegionCode } from '../../domain/types';
import { FUNDS } from '../../domain/types';

export interface ViewState {
  quarter: Quarter;
  regionCode: RegionCode;
  fund: Fund;
}

/** The raw parameters, unchecked: any of them may be missing or nonsense. */
export interface RawViewState {
  quarter: string | null;
  regionCode: string | null;
  fund: string | null;
}

/** What the loaded dataset allows; anything outside it falls back to the defaults. */
export interface ViewContext {
  /** Ascending; the last one is the default. */
  quarters: readonly Quarter[];
  regionCodes: ReadonlySet<RegionCode>;
  rootRegionCode: RegionCode;
}

export const DEFAULT_FUND: Fund = 'resident';

export function parseSearch(search: string): RawViewState {
  const params = new URLSearchParams(search);
  return { quarter: params.get('q'), regionCode: params.get('r'), fund: params.get('f') };
}

function isFund(value: string | null): value is Fund {
  return value !== null && (FUNDS as readonly string[]).includes(value);
}

/**
 * A change asked from the view on screen (`drawn`), made to the view the
 * address asks for (`asked`), which runs ahead of it while a quarter
 * computes: only what the change touches is taken from it. Built on the
 * view on screen, a fund picked right after a quarter wrote the old quarter
 * back into the address, and the quarter just picked was lost.
 */
export function rebaseView(asked: ViewState, drawn: ViewState, next: ViewState): ViewState {
  return {
    quarter: next.quarter !== drawn.quarter ? next.quarter : asked.quarter,
    regionCode: next.regionCode !== drawn.regionCode ? next.regionCode : asked.regionCode,
    fund: next.fund !== drawn.fund ? next.fund : asked.fund,
  };
}

/** The fund the address names, or the default. */
export function fundOf(raw: RawViewState): Fund {
  return isFund(raw.fund) ? raw.fund : DEFAULT_FUND;
}

export function resolveView(raw: RawViewState, context: ViewContext): ViewState {
  const latest = context.quarters[context.quarters.length - 1] ?? '';
  const quarter = raw.quarter !== null && context.quarters.includes(raw.quarter) ? raw.quarter : latest;
  const regionCode =
    raw.regionCode !== null && context.regionCodes.has(raw.regionCode) ? raw.regionCode : context.rootRegionCode;
  return { quarter, regionCode, fund: fundOf(raw) };
}

export function serializeView(view: ViewState): string {
  const params = new URLSearchParams({ q: view.quarter, r: view.regionCode, f: view.fund });
  return `?${params.toString()}`;
}

export function sameView(a: ViewState, b: ViewState): boolean {
  return a.quarter === b.quarter && a.regionCode === b.regionCode && a.fund === b.fund;
}
