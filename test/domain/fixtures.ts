// Builders for hand-written fund data: only income and expenditure matter
// to the indicators, the breakdowns are filled with zeros or one item.
import { ZERO, money } from '../../src/domain/money';
import type { ExpenditureItem, Fund, FundQuarterTotals, Level, OpeningBalance, SourceLevel } from '../../src/domain/types';
import { EXPENDITURE_ITEMS, SOURCE_LEVELS } from '../../src/domain/types';

export function totals(
  regionCode: string,
  level: Level,
  fund: Fund,
  quarter: string,
  income: string,
  expenditure: string,
): FundQuarterTotals {
  const incomeBySource = Object.fromEntries(SOURCE_LEVELS.map((s) => [s, ZERO])) as Record<SourceLevel, typeof ZERO>;
  const expenditureByItem = Object.fromEntries(EXPENDITURE_ITEMS.map((i) => [i, ZERO])) as Record<ExpenditureItem, typeof ZERO>;
  incomeBySource.other = money(income);
  expenditureByItem.other = money(expenditure);
  return { regionCode, level, fund, quarter, income: money(income), expenditure: money(expenditure), incomeBySource, expenditureByItem };
}

/** `level` defaults to what a six-digit code's trailing zeros say (150000 province, 150900 city, 150921 county). */
export function opening(regionCode: string, fund: Fund, year: number, amount: string, level: Level = levelOfCode(regionCode)): OpeningBalance {
  return { regionCode, level, fund, year, openingBalance: money(amount) };
}

function levelOfCode(code: string): Level {
  return code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';
}
