// What every alert's message quotes besides its rule's figures: the region
// (its name as loaded: user data), the fund, the crossed bound and the
// severity. The sentences are the catalogues' (messages/zh.ts, en.ts), said
// where the alert is shown.
import type { Classification } from '../policy/bands';
import type { AlertBand, AlertSubject, Figure } from '../messages/codes';
import type { Decimal } from '../money';
import type { Fund, RegionCode } from '../types';

export type RegionName = (code: RegionCode) => string;

export function band(c: Pick<Classification, 'bound' | 'severity'>): AlertBand {
  return { comparison: c.bound, severity: c.severity };
}

/** The region and fund an alert is about, with its band. */
export function about(regionName: RegionName, regionCode: RegionCode, fund: Fund, c: Pick<Classification, 'bound' | 'severity'>): AlertSubject {
  return { region: regionName(regionCode), fund, ...band(c) };
}

/** A computed figure as exact decimal text (money in yuan, a ratio, months). */
export function figure(d: Decimal): Figure {
  return d.toString();
}
