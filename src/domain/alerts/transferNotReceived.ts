// Rule `transfer_not_received`: money issued to a fund that had not arrived
// in its account by the end of the selected quarter.
import { classify } from '../policy/bands';
import type { Transfer } from '../inputTypes';
import { formatWan } from '../money';
import type { Policy } from '../policy/types';
import type { Alert, Quarter } from '../types';
import { comparison, severityNote, subject, wanEn, type RegionName } from './message';
import { quarterEnd } from './transferDates';
import { alertHead } from './alert';

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
    const state = t.receivedDate === null ? '尚未到账' : `${t.receivedDate} 才到账`;
    const stateEn = t.receivedDate === null ? 'not yet received' : `not received until ${t.receivedDate}`;
    alerts.push({
      ...alertHead('transfer_not_received', c, { regionCode: t.toRegionCode, fund: t.fund, quarter }, t.amount),
      message:
        `${subject(regionName, t.toRegionCode, t.fund)} ${t.transferId} ${t.issuedDate} 下达 ${formatWan(t.amount)}，` +
        `至季末 ${end} ${state}：未到账金额 ${formatWan(t.amount)}，${comparison(c)} ${formatWan(c.threshold)}${severityNote(c)}`,
      messageEn:
        `${subject(regionName, t.toRegionCode, t.fund, 'en')} ${t.transferId} issued ${t.issuedDate}: ${wanEn(t.amount)}, ` +
        `at quarter end ${end} ${stateEn}: amount outstanding ${wanEn(t.amount)}, ${comparison(c, 'en')} ${wanEn(c.threshold)}${severityNote(c, 'en')}`,
    });
  }
  return alerts;
}
