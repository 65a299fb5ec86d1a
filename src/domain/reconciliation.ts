// Reconciliation of superior funds (DOMAIN.md 资金到账核对): per city pool
// (the city's own account plus its counties'), fund, budget year and origin
// level, the money documents brought into the pool by the selected quarter's
// end against the income booked with that source level in the year to date.
import { quarterEnd } from './alerts/transferDates';
import type { Transfer } from './inputTypes';
import { Dec, sum, type Decimal } from './money';
import { compareQuarters, parseQuarter } from './quarter';
import { ORIGIN_LEVELS, type OriginLevel, type OutsideReason, type ReconciliationDocument, type ReconciliationRow } from './reconciliationTypes';
import type { Fund, FundQuarterTotals, Quarter, Region, RegionCode } from './types';

export { ORIGIN_LEVELS, type OriginLevel, type OutsideReason, type ReconciliationDocument, type ReconciliationRow } from './reconciliationTypes';

export interface ReconciliationInput {
  quarter: Quarter;
  regions: readonly Region[];
  /** Rolled up per region (the city's row is its pool), every quarter up to the selected one. */
  fundTotals: readonly FundQuarterTotals[];
  /** Every document, all years. */
  transfers: readonly Transfer[];
}

/**
 * The origin level of each document: the from_level of the first document
 * of its source_transfer_id chain. A chain that loops or points to a
 * missing document has no origin (the load refuses such files: see
 * engine/validate.ts); those documents are left out here.
 */
export function transferOrigins(transfers: readonly Transfer[]): Map<string, { origin: Transfer['fromLevel']; chain: string[] }> {
  const byId = new Map(transfers.map((t) => [t.transferId, t]));
  const out = new Map<string, { origin: Transfer['fromLevel']; chain: string[] }>();
  for (const t of transfers) {
    const chain = [t.transferId];
    let current = t;
    let ok = true;
    while (current.sourceTransferId !== null) {
      const next = byId.get(current.sourceTransferId);
      if (next === undefined || chain.includes(next.transferId)) {
        ok = false;
        break;
      }
      chain.push(next.transferId);
      current = next;
    }
    if (ok) out.set(t.transferId, { origin: current.fromLevel, chain });
  }
  return out;
}

function isOrigin(level: Transfer['fromLevel']): level is OriginLevel {
  return (ORIGIN_LEVELS as readonly string[]).includes(level);
}

/** Ranking order: largest |difference| first, then city code, fund, level. */
export function compareReconciliation(a: ReconciliationRow, b: ReconciliationRow): number {
  const byDiff = b.difference.abs().comparedTo(a.difference.abs());
  if (byDiff !== 0) return byDiff;
  if (a.cityCode !== b.cityCode) return a.cityCode < b.cityCode ? -1 : 1;
  if (a.fund !== b.fund) return a.fund < b.fund ? -1 : 1;
  return ORIGIN_LEVELS.indexOf(a.level) - ORIGIN_LEVELS.indexOf(b.level);
}

/**
 * One row per city, fund and origin level with money booked or a document
 * of the selected quarter's year; rows without documents have
 * `hasDocuments` false. Ordered by city code, fund, level.
 */
export function reconcile(input: ReconciliationInput): ReconciliationRow[] {
  const { year } = parseQuarter(input.quarter);
  const end = quarterEnd(input.quarter);
  const poolOf = new Map<RegionCode, RegionCode>();
  for (const r of input.regions) if (r.level === 'city') poolOf.set(r.code, r.code);
  for (const r of input.regions) {
    if (r.level === 'county' && r.parentCode !== null && poolOf.get(r.parentCode) === r.parentCode) poolOf.set(r.code, r.parentCode);
  }
  const cities = input.regions.filter((r) => r.level === 'city').map((r) => r.code);

  const key = (city: RegionCode, fund: Fund, level: OriginLevel): string => `${city}|${fund}|${level}`;
  const booked = new Map<string, Decimal[]>();
  // Pools and funds with any fund_flows row of the year so far (fund_totals.sql has a row only where flows are).
  const withFlows = new Set<string>();
  for (const t of input.fundTotals) {
    if (t.level !== 'city' || parseQuarter(t.quarter).year !== year || compareQuarters(t.quarter, input.quarter) > 0) continue;
    withFlows.add(`${t.regionCode}|${t.fund}`);
    for (const level of ORIGIN_LEVELS) {
      const k = key(t.regionCode, t.fund, level);
      booked.set(k, [...(booked.get(k) ?? []), t.incomeBySource[level]]);
    }
  }

  const origins = transferOrigins(input.transfers);
  const docs = new Map<string, { counted: ReconciliationDocument[]; outside: (ReconciliationDocument & { reason: OutsideReason })[] }>();
  for (const t of input.transfers) {
    // Money coming into the pool: a city's pass-down to its own county stays inside it.
    if (t.year !== year || !isOrigin(t.fromLevel)) continue;
    const city = poolOf.get(t.toRegionCode);
    const o = origins.get(t.transferId);
    if (city === undefined || o === undefined || !isOrigin(o.origin)) continue;
    const k = key(city, t.fund, o.origin);
    const entry = docs.get(k) ?? { counted: [], outside: [] };
    const doc: ReconciliationDocument = {
      transferId: t.transferId,
      fromLevel: t.fromLevel,
      toRegionCode: t.toRegionCode,
      kind: t.kind,
      amount: t.amount,
      issuedDate: t.issuedDate,
      receivedDate: t.receivedDate,
      origin: o.origin,
      chain: o.chain,
    };
    // ISO dates compare as text; an advance received before the year counts from its first day.
    if (t.receivedDate !== null && t.receivedDate <= end) entry.counted.push(doc);
    else entry.outside.push({ ...doc, reason: t.receivedDate === null ? 'not_received' : 'received_later' });
    docs.set(k, entry);
  }

  const rows: ReconciliationRow[] = [];
  const byId = (a: ReconciliationDocument, b: ReconciliationDocument): number =>
    a.transferId < b.transferId ? -1 : a.transferId > b.transferId ? 1 : 0;
  for (const city of [...cities].sort()) {
    for (const fund of ['assistance', 'resident'] as const) {
      for (const level of ORIGIN_LEVELS) {
        const k = key(city, fund, level);
        const entry = docs.get(k);
        const bookedSum = sum(booked.get(k) ?? []);
        if (entry === undefined && bookedSum.isZero()) continue;
        const counted = [...(entry?.counted ?? [])].sort(byId);
        const received = sum(counted.map((d) => d.amount));
        rows.push({
          cityCode: city,
          fund,
          year,
          level,
          hasDocuments: entry !== undefined,
          hasBookings: withFlows.has(`${city}|${fund}`),
          received,
          booked: bookedSum,
          difference: bookedSum.minus(received),
          documents: counted,
          outside: [...(entry?.outside ?? [])].sort(byId),
        });
      }
    }
  }
  return rows;
}

/**
 * Whether the row is judged (ranked, alerted, in the JSON): documents
 * received against money booked. Without documents ("no documents loaded",
 * DOMAIN.md) or without any fund_flows row of the pool and fund (nothing
 * booked is known, not zero) it is only shown.
 */
export function isJudged(row: Pick<ReconciliationRow, 'hasDocuments' | 'hasBookings'>): boolean {
  return row.hasDocuments && row.hasBookings;
}

/** |difference| / received, the value the policy bands judge; received 0 with money booked is infinitely off. */
export function reconciliationRatio(row: Pick<ReconciliationRow, 'received' | 'difference'>): Decimal {
  if (row.received.isZero()) return row.difference.isZero() ? new Dec(0) : new Dec(Infinity);
  return row.difference.abs().div(row.received.abs());
}

/** The row's documents of the year issued and not received by the quarter's end: a row in agreement is not all clear while there are any. */
export function notReceivedCount(row: Pick<ReconciliationRow, 'outside'>): number {
  return row.outside.filter((d) => d.reason === 'not_received').length;
}
