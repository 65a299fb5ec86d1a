// Rows of the aggregate queries → the domain's typed records. Money arrives
// as decimal text and becomes Decimal here, nowhere else.
import { money, ZERO, type Decimal } from '../domain/money';
import {
  CATEGORIES,
  EXPENDITURE_ITEMS,
  FUNDS,
  SOURCE_LEVELS,
  type Category,
  type CoverageCounts,
  type ExpenditureItem,
  type Fund,
  type FundQuarterTotals,
  type Level,
  type OpeningBalance,
  type Region,
  type SourceLevel,
  type Tier,
} from '../domain/types';
import type { Row } from './engine';

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

export function toRegion(row: Row): Region {
  const tier = optionalText(row, 'tier');
  return {
    code: text(row, 'region_code'),
    name: text(row, 'name'),
    level: oneOf(LEVELS, row, 'level'),
    parentCode: optionalText(row, 'parent_code'),
    tier: tier === null ? null : (Number(oneOf(['1', '2', '3'], row, 'tier')) as Tier),
  };
}

export function toCoverageCounts(row: Row): CoverageCounts {
  return {
    regionCode: text(row, 'region_code'),
    level: oneOf(LEVELS, row, 'level'),
    category: row.category === null ? null : oneOf<Category>(CATEGORIES, row, 'category'),
    recipients: integer(row, 'recipients'),
    enrolled: integer(row, 'enrolled'),
  };
}

/** Every source level and item is present; fund_totals.sql sends 0.00 where there was nothing. */
export function toFundQuarterTotals(row: Row): FundQuarterTotals {
  const incomeBySource = Object.fromEntries(SOURCE_LEVELS.map((s) => [s, amount(row, `income_${s}`)])) as Record<SourceLevel, Decimal>;
  const expenditureByItem = Object.fromEntries(
    EXPENDITURE_ITEMS.map((i) => [i, amount(row, `expenditure_${i}`)]),
  ) as Record<ExpenditureItem, Decimal>;
  return {
    regionCode: text(row, 'region_code'),
    level: oneOf(LEVELS, row, 'level'),
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
    regionCode: text(row, 'region_code'),
    fund: oneOf<Fund>(FUNDS, row, 'fund'),
    year: integer(row, 'year'),
    openingBalance: money(text(row, 'opening_balance')),
  };
}
