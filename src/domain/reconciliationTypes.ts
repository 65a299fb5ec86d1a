// The rows of the reconciliation of superior funds (reconciliation.ts), on
// their own so the Analysis type can name them without an import cycle.
import type Decimal from 'decimal.js';
import type { Fund, RegionCode } from './vocabulary';

/** The levels superior money comes from (the origin of a document chain). */
export const ORIGIN_LEVELS = ['central', 'province'] as const;
export type OriginLevel = (typeof ORIGIN_LEVELS)[number];

/** Why a document of the year is not in `received` at the quarter's end. */
export type OutsideReason = 'not_received' | 'received_later';

/** One document of transfers.csv as the reconciliation shows it. */
export interface ReconciliationDocument {
  transferId: string;
  fromLevel: 'central' | 'province' | 'city';
  toRegionCode: RegionCode;
  kind: 'advance' | 'formal' | 'supplementary';
  amount: Decimal;
  issuedDate: string;
  receivedDate: string | null;
  /** The from_level of the first document of its source_transfer_id chain. */
  origin: OriginLevel;
  /** The chain from this document back to its first one (this document first). */
  chain: string[];
}

export interface ReconciliationRow {
  cityCode: RegionCode;
  fund: Fund;
  year: number;
  level: OriginLevel;
  /** false: the pool has no document of this fund, year and level ("no documents loaded"): not judged. */
  hasDocuments: boolean;
  /**
   * false: no fund_flows row of the pool for this fund in the year up to the quarter ("no income and
   * expenditure loaded"): what was booked is unknown, not zero, so the row is not judged either.
   */
  hasBookings: boolean;
  /** Σ amount of the documents received by the quarter's end. */
  received: Decimal;
  /** Σ income booked with this source level in the pool, the year's quarters up to the selected one. */
  booked: Decimal;
  /** booked − received. */
  difference: Decimal;
  /** The documents behind `received`, in transfer_id order. */
  documents: ReconciliationDocument[];
  /** Documents of the year that bring money into the pool but are not in `received` yet. */
  outside: (ReconciliationDocument & { reason: OutsideReason })[];
}
