// Which page is open and that page's own settings, next to the view
// (`q`, `r`, `f`) in the address bar: `?page=alerts&q=2024Q4&r=150000&f=resident&sev=red`.
// The overview writes no `page`, so its addresses stay what they were.
import type { Pot } from '../../domain/allocateByFactors';
import type { Label } from '../../domain/lang';
import { RULE_IDS } from '../../domain/policy/rules';
import { STRESS_PARAMS, type StressParam } from '../../domain/policy/types';
import { FUNDS, SEVERITIES, type Fund, type RegionCode, type RuleId, type Severity } from '../../domain/types';
import type { RawViewState, ViewState } from './viewState';
import LABELS from './labels.json';

export const PAGES = ['overview', 'sharing', 'allocation', 'reconciliation', 'alerts', 'stress', 'policy', 'data', 'revisions', 'report'] as const;
export type PageId = (typeof PAGES)[number];

/** The tabs' names (labels.json, with the factors' names). */
export const PAGE_LABEL: Record<PageId, Label> = LABELS.page;

export const POTS: readonly Pot[] = ['assistance', 'emergency'];

/** Filters of the alerts page; null = all. */
export interface AlertFilters {
  severity: Severity | null;
  rule: RuleId | null;
  fund: Fund | null;
  /** A region and everything below it. */
  region: RegionCode | null;
  /** Page of the grouped list, from 1 (`pg`, written only past the first). */
  page: number;
}

/**
 * The stress page's scenario as written in the address (`income=-0.1&delay=1`):
 * raw text, checked against the policy's ranges by the page (a bad value is
 * refused there, never computed). All null: the policy's default preset.
 */
export type StressValues = Record<StressParam, string | null>;

export interface Route {
  page: PageId;
  alerts: AlertFilters;
  /** The allocation page's pot. */
  pot: Pot;
  stress: StressValues;
}

export const NO_STRESS_VALUES: StressValues = { income: null, expenditure: null, insured: null, delay: null };

export const NO_ALERT_FILTERS: AlertFilters = { severity: null, rule: null, fund: null, region: null, page: 1 };
export const DEFAULT_ROUTE: Route = { page: 'overview', alerts: NO_ALERT_FILTERS, pot: 'assistance', stress: NO_STRESS_VALUES };

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** Anything unknown falls back to its default; region codes are checked against the data later. */
export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const region = params.get('ar');
  return {
    page: oneOf(PAGES, params.get('page')) ?? 'overview',
    alerts: {
      severity: oneOf(SEVERITIES, params.get('sev')),
      rule: oneOf(RULE_IDS, params.get('rule')),
      fund: oneOf(FUNDS, params.get('af')),
      region: region !== null && /^\d{6}$/.test(region) ? region : null,
      page: /^[1-9]\d{0,4}$/.test(params.get('pg') ?? '') ? Number(params.get('pg')) : 1,
    },
    pot: oneOf(POTS, params.get('pot')) ?? 'assistance',
    stress: Object.fromEntries(STRESS_PARAMS.map((k) => [k, params.get(k)])) as StressValues,
  };
}

/**
 * The full address of a view on a page; only the open page's own settings
 * are written. A view not resolved yet (the address as typed, before the
 * data says which quarters and regions exist) keeps only what it names.
 */
export function serializeLocation(view: ViewState | RawViewState, route: Route): string {
  const named = ([['q', view.quarter], ['r', view.regionCode], ['f', view.fund]] as const).filter((e): e is readonly ['q' | 'r' | 'f', string] => e[1] !== null);
  const viewPart = new URLSearchParams(named.map(([k, v]) => [k, v])).toString();
  if (route.page === 'overview') return `?${viewPart}`;
  const extra = new URLSearchParams();
  if (route.page === 'alerts') {
    const { severity, rule, fund, region, page } = route.alerts;
    if (severity) extra.set('sev', severity);
    if (rule) extra.set('rule', rule);
    if (fund) extra.set('af', fund);
    if (region) extra.set('ar', region);
    if (page > 1) extra.set('pg', String(page));
  }
  if (route.page === 'allocation') extra.set('pot', route.pot);
  if (route.page === 'stress') for (const k of STRESS_PARAMS) if (route.stress[k] !== null) extra.set(k, route.stress[k]);
  const tail = extra.toString();
  return `?${[`page=${route.page}`, viewPart, tail].filter((part) => part !== '').join('&')}`;
}
