// Rule `balance_rate`: year-to-date current balance rate (当期结余率).
import { classify } from '../policy/bands';
import { formatPercent, formatWan } from '../money';
import type { Policy } from '../policy/types';
import type { Alert, FundStatus } from '../types';
import { comparison, severityNote, subject, wanEn, type RegionName } from './message';
import { alertHead } from './alert';

export function balanceRateAlerts(status: FundStatus, regionName: RegionName, policy: Policy): Alert[] {
  if (status.balanceRate === null) return [];
  const c = classify(status.balanceRate, policy.thresholds.balance_rate);
  if (c === null) return [];
  return [
    {
      ...alertHead('balance_rate', c, status, status.balanceRate),
      message:
        `${subject(regionName, status.regionCode, status.fund)} 年初至今当期结余率 = ` +
        `当期结余 ${formatWan(status.ytdCurrentBalance)} ÷ 收入 ${formatWan(status.ytdIncome)} = ` +
        `${formatPercent(status.balanceRate)}，${comparison(c)} ${formatPercent(c.threshold)}${severityNote(c)}`,
      messageEn:
        `${subject(regionName, status.regionCode, status.fund, 'en')} current balance rate year to date = ` +
        `current balance ${wanEn(status.ytdCurrentBalance)} ÷ income ${wanEn(status.ytdIncome)} = ` +
        `${formatPercent(status.balanceRate)}, ${comparison(c, 'en')} ${formatPercent(c.threshold)}${severityNote(c, 'en')}`,
    },
  ];
}
