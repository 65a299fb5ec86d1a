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

export function opening(regionCode: string, fund: Fund, year: number, amount: string): OpeningBalance {
  return { regionCode, fund, year, openingBalance: money(amount) };
}
