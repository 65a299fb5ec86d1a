// Rule `advance_ratio`: next year's pre-notified money (提前下达) is too
// small a share of what this year brought (DOMAIN.md "Timeliness rules").
import { classify } from '../policy/bands';
import type { Transfer } from '../inputTypes';
import { ZERO, type Decimal } from '../money';
import type { Policy } from '../policy/types';
import { parseQuarter } from '../quarter';
import { type Alert, type Fund, type Quarter, type RegionCode } from '../types';
import { figure, type RegionName } from './message';
import { quarterEnd } from './transferDates';
import { raise } from './alert';

/**
 * Judged at Q4 of year y, per receiving region and fund:
 *   ratio = Σ advance documents for y+1 ÷ Σ documents of every kind
 *           (advance, formal, supplementary) for year y,
 * both counting documents issued by the quarter's end. "This year's
 * executed amount" is read as all that was allocated for year y, the
 * pre-notified part included: that is what the next advance is measured
 * against. A region without any advance for y+1 is not judged (the notice
 * may not be recorded yet), nor one with nothing for year y.
 */
export function advanceRatioAlerts(transfers: readonly Transfer[], regionName: RegionName, quarter: Quarter, policy: Policy): Alert[] {
  const { year, q } = parseQuarter(quarter);
  if (q !== 4) return [];
  const end = quarterEnd(quarter);
  const executed = new Map<string, Decimal>();
  const advance = new Map<string, Decimal>();
  const keys = new Map<string, { regionCode: RegionCode; fund: Fund }>();
  for (const t of transfers) {
    if (t.issuedDate > end) continue;
    const key = `${t.toRegionCode}|${t.fund}`;
    keys.set(key, { regionCode: t.toRegionCode, fund: t.fund });
    if (t.year === year) executed.set(key, (executed.get(key) ?? ZERO).plus(t.amount));
    if (t.year === year + 1 && t.kind === 'advance') advance.set(key, (advance.get(key) ?? ZERO).plus(t.amount));
  }
  const alerts: Alert[] = [];
  for (const [key, { regionCode, fund }] of [...keys.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const base = executed.get(key);
    const next = advance.get(key);
    if (base === undefined || next === undefined || base.isZero()) continue;
    const ratio = next.div(base);
    const c = classify(ratio, policy.thresholds.advance_ratio);
    if (c === null) continue;
    alerts.push(
      raise('advance_ratio', c, { regionCode, fund, quarter }, ratio, regionName, 'alert.advance_ratio', {
        year,
        advance: figure(next),
        allocated: figure(base),
        ratio: figure(ratio),
        threshold: figure(c.threshold),
      }),
    );
  }
  return alerts;
}
