// Rows of the aggregate queries → the domain's typed records. Money arrives
// as decimal text and becomes Decimal here, nowhere else.
import type { Pot } from '../../domain/allocateByFactors';
import type {
  AllocationFactor,
  AllocationTotal,
  AssistanceSubsidy,
  Budget,
  InsuredCount,
  ObligationKind,
  ObligationShortfall,
  Transfer,
  TransferFromLevel,
  TransferKind,
} from '../../domain/inputTypes';
import { decimal, money, ZERO, type Decimal } from '../../domain/money';
import {
  CATEGORIES,
  EXPENDITURE_ITEMS,
  FUNDS,
  SOURCE_LEVELS,
  type Category,
  type CoverageCounts,
  type Direction,
  type ExpenditureItem,
  type Fund,
  type FundQuarterTotals,
  type Level,
  type OpeningBalance,
  type Region,
  type RegionCode,
  type SourceLevel,
  type Tier,
} from '../../domain/types';
import type { Row } from '../runtime/engine';
import { expenditureOnColumn, incomeFromColumn } from './fundTotals';

const LEVELS: readonly Level[] = ['province', 'city', 'county'];

/** Most breakdown cells are empty; Decimals are immutable, so they can all share one zero. */
function amount(row: Row, column: string): Decimal {
  const t = text(row, column);
  return t === '0.00' ? ZERO : money(t);
}

function text(row: Row, column: string): string {
  const v = row[column];
  if (typeof v !== 'string') throw new Error(`column "${column}": expected text, got ${v === null ? 'NULL' : typeof v}`);
  return v;
}

function optionalText(row: Row, column: string): string | null {
  return row[column] === null ? null : text(row, column);
}

function integer(row: Row, column: string): number {
  const v = row[column];
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new Error(`column "${column}": expected an integer, got ${String(v)}`);
  return v;
}

function oneOf<T extends string>(values: readonly T[], row: Row, column: string): T {
  const v = text(row, column);
  if (!(values as readonly string[]).includes(v)) throw new Error(`column "${column}": unexpected value "${v}"`);
  return v as T;
}

/** The region a rolled-up row is about (its own account and its descendants'), with its level. */
function regionOf(row: Row): { regionCode: RegionCode; level: Level } {
  return { regionCode: text(row, 'region_code'), level: oneOf(LEVELS, row, 'level') };
}

export function toRegion(row: Row): Region {
  const tier = optionalText(row, 'tier');
  return {
    code: text(row, 'region_code'),
    name: text(row, 'name'),
    level: oneOf(LEVELS, row, 'level'),
    parentCode: optionalText(row, 'parent_code'),
    tier: tier === null ? null : (Number(oneOf(['1', '2', '3'], row, 'tier')) as Tier),
    // Only a region the layout places carries a tile: the rest are placed by the map itself.
    ...(row.tile_row === null || row.tile_row === undefined || row.tile_col === null || row.tile_col === undefined
      ? {}
      : { tile: { row: integer(row, 'tile_row'), col: integer(row, 'tile_col') } }),
  };
}

export function toCoverageCounts(row: Row): CoverageCounts {
  return {
    ...regionOf(row),
    category: row.category === null ? null : oneOf<Category>(CATEGORIES, row, 'category'),
    recipients: integer(row, 'recipients'),
    enrolled: integer(row, 'enrolled'),
  };
}

/** Every source level and item is present (fundTotals.ts); fund_totals.sql sends 0.00 where there was nothing. */
export function toFundQuarterTotals(row: Row): FundQuarterTotals {
  const incomeBySource = Object.fromEntries(SOURCE_LEVELS.map((s) => [s, amount(row, incomeFromColumn(s))])) as Record<SourceLevel, Decimal>;
  const expenditureByItem = Object.fromEntries(
    EXPENDITURE_ITEMS.map((i) => [i, amount(row, expenditureOnColumn(i))]),
  ) as Record<ExpenditureItem, Decimal>;
  return {
    ...regionOf(row),
    fund: oneOf<Fund>(FUNDS, row, 'fund'),
    quarter: text(row, 'quarter'),
    income: amount(row, 'income'),
    expenditure: amount(row, 'expenditure'),
    incomeBySource,
    expenditureByItem,
  };
}

export function toOpeningBalance(row: Row): OpeningBalance {
  return {
    ...regionOf(row),
    fund: oneOf<Fund>(FUNDS, row, 'fund'),
    year: integer(row, 'year'),
    openingBalance: money(text(row, 'opening_balance')),
  };
}

const POTS: readonly Pot[] = ['assistance', 'emergency'];
const DIRECTIONS: readonly Direction[] = ['income', 'expenditure'];
const OBLIGATION_KINDS: readonly ObligationKind[] = ['contribution', 'matching_subsidy'];
const TRANSFER_KINDS: readonly TransferKind[] = ['advance', 'formal', 'supplementary'];
const FROM_LEVELS: readonly TransferFromLevel[] = ['central', 'province', 'city'];

export function toObligationShortfall(row: Row): ObligationShortfall {
  return {
    regionCode: text(row, 'region_code'),
    fund: oneOf<Fund>(FUNDS, row, 'fund'),
    year: integer(row, 'year'),
    kind: oneOf(OBLIGATION_KINDS, row, 'kind'),
    shortfall: money(text(row, 'shortfall')),
  };
}

export function toInsuredCount(row: Row): InsuredCount {
  return {
    ...regionOf(row),
    quarter: text(row, 'quarter'),
    insured: integer(row, 'insured'),
  };
}

export function toAssistanceSubsidy(row: Row): AssistanceSubsidy {
  return {
    ...regionOf(row),
    quarter: text(row, 'quarter'),
    category: oneOf<Category>(CATEGORIES, row, 'category'),
    recipients: integer(row, 'recipients'),
    subsidized: integer(row, 'subsidized'),
    subsidyAmount: money(text(row, 'subsidy_amount')),
  };
}

export function toBudget(row: Row): Budget {
  return {
    ...regionOf(row),
    year: integer(row, 'year'),
    fund: oneOf<Fund>(FUNDS, row, 'fund'),
    direction: oneOf(DIRECTIONS, row, 'direction'),
    amount: money(text(row, 'amount')),
  };
}

export function toTransfer(row: Row): Transfer {
  return {
    transferId: text(row, 'transfer_id'),
    year: integer(row, 'year'),
    fund: oneOf<Fund>(FUNDS, row, 'fund'),
    fromLevel: oneOf(FROM_LEVELS, row, 'from_level'),
    toRegionCode: text(row, 'to_region_code'),
    kind: oneOf(TRANSFER_KINDS, row, 'kind'),
    amount: money(text(row, 'amount')),
    issuedDate: text(row, 'issued_date'),
    receivedDate: optionalText(row, 'received_date'),
    sourceTransferId: optionalText(row, 'source_transfer_id'),
  };
}

export function toAllocationFactor(row: Row): AllocationFactor {
  return {
    year: integer(row, 'year'),
    pot: oneOf(POTS, row, 'pot'),
    regionCode: text(row, 'region_code'),
    need: decimal(text(row, 'need')),
    tierRatio: decimal(text(row, 'tier_ratio')),
    performance: decimal(text(row, 'performance')),
    population: decimal(text(row, 'population')),
    incidence: decimal(text(row, 'incidence')),
    fiscal: decimal(text(row, 'fiscal')),
  };
}

export function toAllocationTotal(row: Row): AllocationTotal {
  return { year: integer(row, 'year'), pot: oneOf(POTS, row, 'pot'), amount: money(text(row, 'amount')) };
}
