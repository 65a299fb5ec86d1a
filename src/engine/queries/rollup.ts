// Tables summed over each region's descendants by one template
// (sql/region_rollup.sql): budgets, opening balances, resident enrollees.
import { fragment, ident, literal, renderSql, SQL } from './sql';

interface Rollup {
  table: string;
  /** Columns a result row is kept apart by, besides the region (and the order within a region). */
  keys: readonly string[];
  summed: string;
  /** Counts leave as BIGINT, money as text. */
  as: 'BIGINT' | 'VARCHAR';
  /** Only the rows of one period (a year, a quarter); every row without. */
  period?: { column: string; value: string | number };
}

export function rollupSql({ table, keys, summed, as, period }: Rollup): string {
  const column = (name: string) => `t.${ident(name).text}`;
  return renderSql(SQL.regionRollup, {
    table: ident(table),
    keys: fragment(keys.map(column).join(', ')),
    summed: ident(summed),
    sum_type: fragment(as),
    rows: fragment(period ? `${column(period.column)} = ${literal(period.value).text}` : 'true'),
  });
}
