// Rule `transfer_late`: a level passed superior money down later than the
// policy allows after it arrived (DOMAIN.md "Timeliness rules" names the
// province's 30 days; 预算法 art. 52 sets the same 30 days for every level
// above the county, so a city's pass-down to its counties is held to it too).
import { classify } from '../policy/bands';
import type { Transfer } from '../inputTypes';
import { Dec } from '../money';
import type { Policy } from '../policy/types';
import { compareQuarters, parseQuarter } from '../quarter';
import type { Alert, Quarter } from '../types';
import { figure, type RegionName } from './message';
import { daysBetween, quarterOfDate } from './transferDates';
import { raise } from './alert';

/**
 * Days = this document's issued date − its source document's received date,
 * for every pass-down (a province's or a city's document that names a source). The alert is dated the
 * quarter the document was issued in, and shown for every quarter of the
 * same year from then on (the delay does not go away). A source not in the
 * data, or not received, gives nothing to measure from.
 */
export function transferLateAlerts(transfers: readonly Transfer[], regionName: RegionName, quarter: Quarter, policy: Policy): Alert[] {
  const year = parseQuarter(quarter).year;
  const byId = new Map(transfers.map((t) => [t.transferId, t]));
  const alerts: Alert[] = [];
  for (const t of transfers) {
    if (t.fromLevel === 'central' || t.sourceTransferId === null) continue;
    const issuedIn = quarterOfDate(t.issuedDate);
    if (parseQuarter(issuedIn).year !== year || compareQuarters(issuedIn, quarter) > 0) continue;
    const source = byId.get(t.sourceTransferId);
    if (source?.receivedDate == null) continue;
    const days = daysBetween(source.receivedDate, t.issuedDate);
    const c = classify(new Dec(days), policy.thresholds.transfer_late);
    if (c === null) continue;
    alerts.push(
      raise('transfer_late', c, { regionCode: t.toRegionCode, fund: t.fund, quarter: issuedIn }, new Dec(days), regionName, 'alert.transfer_late', {
        transfer: t.transferId,
        amount: figure(t.amount),
        issued: t.issuedDate,
        source: source.transferId,
        received: source.receivedDate,
        days,
        threshold: figure(c.threshold),
      }),
    );
  }
  return alerts;
}
