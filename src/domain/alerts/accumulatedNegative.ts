// Rule `accumulated_negative`: the fund has spent more than it ever had.
import { classify } from '../policy/bands';
import { formatWan } from '../money';
import type { Policy } from '../policy/types';
import type { Alert, FundStatus } from '../types';
import { comparison, severityNote, subject, wanEn, type RegionName } from './message';
import { alertHead } from './alert';

export function accumulatedNegativeAlerts(status: FundStatus, regionName: RegionName, policy: Policy): Alert[] {
  const { accumulatedBalance, openingBalance } = status;
  if (accumulatedBalance === null || openingBalance === null) return [];
  const c = classify(accumulatedBalance, policy.thresholds.accumulated_negative);
  if (c === null) return [];
  return [
    {
      ...alertHead('accumulated_negative', c, status, accumulatedBalance),
      message:
        `${subject(regionName, status.regionCode, status.fund)} 累计结余 = 年初结余 ${formatWan(openingBalance)} + ` +
        `年初至今收入 ${formatWan(status.ytdIncome)} − 年初至今支出 ${formatWan(status.ytdExpenditure)} = ` +
        `${formatWan(accumulatedBalance)}，${comparison(c)} ${formatWan(c.threshold)}${severityNote(c)}`,
      messageEn:
        `${subject(regionName, status.regionCode, status.fund, 'en')} accumulated balance = opening balance ${wanEn(openingBalance)} + ` +
        `income year to date ${wanEn(status.ytdIncome)} − expenditure year to date ${wanEn(status.ytdExpenditure)} = ` +
        `${wanEn(accumulatedBalance)}, ${comparison(c, 'en')} ${wanEn(c.threshold)}${severityNote(c, 'en')}`,
    },
  ];
}
