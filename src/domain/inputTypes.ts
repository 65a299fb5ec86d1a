// Typed rows of the optional tables that gap sharing, allocation, the
// subsidy split and the budget and transfer rules read. The engine builds
// them from SQL (money as Decimal); hand-written tests build them directly.
import type Decimal from 'decimal.js';
import type { FactorRow, Pot } from './allocateByFactors';
import type { Category, Direction, Fund, Level, Quarter, RegionCode } from './types';

export type ObligationKind = 'contribution' | 'matching_subsidy';

/** What a county failed to pay into a fund in a year: Σ max(0, due − paid) over its rows of that kind. */
export interface ObligationShortfall {
  regionCode: RegionCode;
  fund: Fund;
  year: number;
  kind: ObligationKind;
  shortfall: Decimal;
}

/** Resident-insurance enrollees of a region (rolled up over its descendants) at a quarter's end. */
export interface InsuredCount {
  regionCode: RegionCode;
  level: Level;
  quarter: Quarter;
  insured: number;
}

/** One recipient category of a region (rolled up) at a quarter's end, from assistance_enrollment. */
export interface AssistanceSubsidy {
  regionCode: RegionCode;
  level: Level;
  quarter: Quarter;
  category: Category;
  recipients: number;
  /** Year to date. */
  subsidized: number;
  /** Year to date. */
  subsidyAmount: Decimal;
}

/** A fund's annual budget of one direction, rolled up over the region's accounts. */
export interface Budget {
  regionCode: RegionCode;
  level: Level;
  year: number;
  fund: Fund;
  direction: Direction;
  amount: Decimal;
}

export type TransferKind = 'advance' | 'formal' | 'supplementary';
export type TransferFromLevel = 'central' | 'province' | 'city';

/** One allocation document of superior funds (transfers.csv). Dates are `YYYY-MM-DD`. */
export interface Transfer {
  transferId: string;
  /** The year the money is for (an advance notice is for the next year). */
  year: number;
  fund: Fund;
  fromLevel: TransferFromLevel;
  toRegionCode: RegionCode;
  kind: TransferKind;
  amount: Decimal;
  issuedDate: string;
  receivedDate: string | null;
  sourceTransferId: string | null;
}

export interface AllocationFactor extends FactorRow {
  year: number;
  pot: Pot;
}

export interface AllocationTotal {
  year: number;
  pot: Pot;
  amount: Decimal;
}
