// Rule `reconciliation`: superior money received by documents against the
// income booked with that source level, per city pool, fund, year and
// origin level (DOMAIN.md 资金到账核对).
import { bandLimits, classify } from '../policy/bands';
import { Dec, type Decimal } from '../money';
import type { Policy } from '../policy/types';
import { CITY_COUNTY_WORDS, type LevelWords } from '../levelWords';
import { isJudged, reconciliationRatio, type ReconciliationRow } from '../reconciliation';
import type { Alert, Quarter, Severity } from '../types';
import { figure, type RegionName } from './message';
import { raise } from './alert';

/** The row's severity by the policy bands; null when it reconciles or is not judged (no documents, no fund flows). */
export function reconciliationSeverity(row: ReconciliationRow, policy: Policy): Severity | null {
  if (!isJudged(row)) return null;
  return classify(reconciliationRatio(row), policy.thresholds.reconciliation)?.severity ?? null;
}

/** The bounds of the bands |booked − received| / received is judged by, lowest first: a share shown beside the status never reads across one. */
export function reconciliationBounds(policy: Policy): Decimal[] {
  return bandLimits(policy.thresholds.reconciliation)
    .flatMap((l) => [l.from, l.to])
    .filter((b): b is Decimal => b !== null);
}

/**
 * Judged by the bands on |booked − received| / received (received 0 with
 * money booked is beyond every bound). The alert's value is |difference| and
 * its threshold the crossed bound in money (bound × received). Rows without
 * documents ("no documents loaded") or without fund flows are never judged.
 */
export function reconciliationAlerts(
  rows: readonly ReconciliationRow[],
  regionName: RegionName,
  quarter: Quarter,
  policy: Policy,
  words: LevelWords = CITY_COUNTY_WORDS,
): Alert[] {
  const alerts: Alert[] = [];
  for (const row of rows) {
    if (!isJudged(row)) continue;
    const c = classify(reconciliationRatio(row), policy.thresholds.reconciliation);
    if (c === null) continue;
    const gap = row.difference.abs();
    const threshold: Decimal = c.threshold.times(row.received).toDecimalPlaces(2);
    alerts.push(
      raise('reconciliation', c, { regionCode: row.cityCode, fund: row.fund, quarter }, gap, regionName, 'alert.reconciliation', {
        year: row.year,
        level: row.level,
        provinceWord: words.province,
        booked: figure(row.booked),
        received: figure(row.received),
        difference: figure(row.difference),
        threshold: figure(threshold),
        share: c.threshold.isZero() ? null : figure(c.threshold),
        documents: row.documents.map((d) => d.transferId),
      }, row.received.isZero() ? new Dec(0) : threshold),
    );
  }
  return alerts;
}
