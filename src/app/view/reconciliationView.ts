// 对账: the rows of the reconciliation page in the order it lists them, each
// with its severity by the policy bands. Pure, so the ranking is tested
// without a browser.
import { reconciliationSeverity } from '../../domain/alerts/reconciliation';
import type { Policy } from '../../domain/policy/types';
import { compareReconciliation, isJudged } from '../../domain/reconciliation';
import type { ReconciliationRow } from '../../domain/reconciliationTypes';
import type { Severity } from '../../domain/types';

export interface RankedReconciliation {
  row: ReconciliationRow;
  severity: Severity | null;
}

export interface ReconciliationView {
  /** Rows with documents, largest |difference| first (then city, fund, level). */
  ranked: RankedReconciliation[];
  /** The ranked rows whose difference is not zero: what the page calls 不一致. */
  differing: RankedReconciliation[];
  /** Money booked with an origin level that no document of the pool brings: "no documents loaded", never judged. */
  withoutDocuments: ReconciliationRow[];
  /** Documents received where the pool has no fund_flows row of the fund: what was booked is unknown, never judged. */
  withoutBookings: ReconciliationRow[];
}

export function reconciliationView(rows: readonly ReconciliationRow[], policy: Policy): ReconciliationView {
  const ranked = rows
    .filter(isJudged)
    .sort(compareReconciliation)
    .map((row) => ({ row, severity: reconciliationSeverity(row, policy) }));
  return {
    ranked,
    differing: ranked.filter((r) => !r.row.difference.isZero()),
    withoutDocuments: rows.filter((r) => !r.hasDocuments).sort(compareReconciliation),
    withoutBookings: rows.filter((r) => r.hasDocuments && !r.hasBookings).sort(compareReconciliation),
  };
}

/** The key of a row in the page (and in its test ids): `150100-resident-central`. */
export function reconciliationKey(row: Pick<ReconciliationRow, 'cityCode' | 'fund' | 'level'>): string {
  return `${row.cityCode}-${row.fund}-${row.level}`;
}
