// Rule `transfer_not_received`: money issued to a fund that had not arrived
// in its account by the end of the selected quarter.
import { classify } from '../policy/bands';
import type { Transfer } from '../inputTypes';
import type { Policy } from '../policy/types';
import type { Alert, Quarter } from '../types';
import { figure, type RegionName } from './message';
import { quarterEnd } from './transferDates';
import { raise } from './alert';

/**
 * Every document issued on or before the quarter's last day whose received
 * date is empty or after that day; the value is its amount (judged by the
 * bands, default "> 0": any amount outstanding). Dated the selected quarter.
 */
export function transferNotReceivedAlerts(transfers: readonly Transfer[], regionName: RegionName, quarter: Quarter, policy: Policy): Alert[] {
  const end = quarterEnd(quarter);
  const alerts: Alert[] = [];
  for (const t of transfers) {
    // ISO dates compare as text.
    if (t.issuedDate > end || (t.receivedDate !== null && t.receivedDate <= end)) continue;
    const c = classify(t.amount, policy.thresholds.transfer_not_received);
    if (c === null) continue;
    alerts.push(
      raise('transfer_not_received', c, { regionCode: t.toRegionCode, fund: t.fund, quarter }, t.amount, regionName, 'alert.transfer_not_received', {
        transfer: t.transferId,
        issued: t.issuedDate,
        amount: figure(t.amount),
        quarterEnd: end,
        received: t.receivedDate,
        threshold: figure(c.threshold),
      }),
    );
  }
  return alerts;
}
