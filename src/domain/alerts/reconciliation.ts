// Rule `reconciliation`: superior money received by documents against the
// income booked with that source level, per city pool, fund, year and
// origin level (DOMAIN.md 资金到账核对).
import { classify } from '../policy/bands';
import { formatWan, formatPercent, Dec, type Decimal } from '../money';
import type { Lang } from '../lang';
import type { Policy } from '../policy/types';
import { reconciliationRatio, type OriginLevel, type ReconciliationRow } from '../reconciliation';
import type { Alert, Quarter, Severity } from '../types';
import { comparison, severityNote, subject, wanEn, type RegionName } from './message';
import { alertHead } from './alert';

const LEVEL_TEXT: Record<OriginLevel, { zh: string; en: string }> = {
  central: { zh: '中央', en: 'central' },
  province: { zh: '自治区', en: 'province' },
};

/** A difference to the fen: 万元 with six decimals (0.000001 万元 = 0.01 元). */
function exactWan(d: Decimal, lang: Lang = 'zh'): string {
  return formatWan(d, 6, lang);
}

/** The row's severity by the policy bands; null when it reconciles or has no documents (not judged). */
export function reconciliationSeverity(row: ReconciliationRow, policy: Policy): Severity | null {
  if (!row.hasDocuments) return null;
  return classify(reconciliationRatio(row), policy.thresholds.reconciliation)?.severity ?? null;
}

/**
 * Judged by the bands on |booked − received| / received (received 0 with
 * money booked is beyond every bound). The alert's value is |difference| and
 * its threshold the crossed bound in money (bound × received). Rows without
 * documents ("no documents loaded") are never judged.
 */
export function reconciliationAlerts(rows: readonly ReconciliationRow[], regionName: RegionName, quarter: Quarter, policy: Policy): Alert[] {
  const alerts: Alert[] = [];
  for (const row of rows) {
    if (!row.hasDocuments) continue;
    const c = classify(reconciliationRatio(row), policy.thresholds.reconciliation);
    if (c === null) continue;
    const gap = row.difference.abs();
    const threshold: Decimal = c.threshold.times(row.received).toDecimalPlaces(2);
    const level = LEVEL_TEXT[row.level];
    const ids = row.documents.map((d) => d.transferId);
    const docsZh = ids.length > 0 ? `到账文件 ${ids.join('、')}` : '至季末没有到账文件';
    const docsEn = ids.length > 0 ? `documents received: ${ids.join(', ')}` : 'no document received by the quarter end';
    const share = c.threshold.isZero() ? '' : `（到账的 ${formatPercent(c.threshold)}）`;
    const shareEn = c.threshold.isZero() ? '' : ` (${formatPercent(c.threshold)} of received)`;
    const boundZh = row.received.isZero() ? '到账为 0 而已入账' : `|差额| ${exactWan(gap)} ${comparison(c)} ${exactWan(threshold)}${share}`;
    const boundEn = row.received.isZero() ? 'nothing received but money booked' : `|difference| ${exactWan(gap, 'en')} ${comparison(c, 'en')} ${exactWan(threshold, 'en')}${shareEn}`;
    alerts.push({
      ...alertHead('reconciliation', c, { regionCode: row.cityCode, fund: row.fund, quarter }, gap, row.received.isZero() ? new Dec(0) : threshold),
      message:
        `${subject(regionName, row.cityCode, row.fund)}（统筹区）${row.year}年${level.zh}资金年初至今：` +
        `入账 ${formatWan(row.booked)} − 到账 ${formatWan(row.received)} = 差额 ${exactWan(row.difference)}，` +
        `${boundZh}${severityNote(c)}；${docsZh}`,
      messageEn:
        `${subject(regionName, row.cityCode, row.fund, 'en')} (pool), ${level.en} money for ${row.year}, year to date: ` +
        `booked ${wanEn(row.booked)} − received ${wanEn(row.received)} = difference ${exactWan(row.difference, 'en')}, ` +
        `${boundEn}${severityNote(c, 'en')}; ${docsEn}`,
    });
  }
  return alerts;
}
