// The columns of fund_totals.sql, from the domain's lists: a source level or
// an expenditure item added there is summed and read without touching SQL.
import { EXPENDITURE_ITEMS, SOURCE_LEVELS, type ExpenditureItem, type Quarter, type SourceLevel } from '../../domain/types';
import { fragment, literal, renderSql, SQL } from './sql';

export const incomeFromColumn = (source: SourceLevel): string => `income_${source}`;
export const expenditureOnColumn = (item: ExpenditureItem): string => `expenditure_${item}`;

const FUND_TOTAL_PARTS: readonly string[] = ['income', 'expenditure', ...SOURCE_LEVELS.map(incomeFromColumn), ...EXPENDITURE_ITEMS.map(expenditureOnColumn)];

export function fundTotalsSql(quarter: Quarter): string {
  return renderSql(SQL.fundTotals, { quarter, parts: fragment(FUND_TOTAL_PARTS.map((p) => literal(p).text).join(', ')) });
}
