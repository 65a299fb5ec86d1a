// Validation counts each source's broken rows in one scan first
// (validate.ts, withBrokenRows) and lists only the rules some row breaks;
// the rules that need a window over the table (合计 rows, sums beyond the
// safe range) run only when the data can break them (onlyIf). Clean files
// are then never listed rule by rule, and a broken one gets exactly the
// problems it got before: the rows, and how many more there are.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/runtime/engine';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { csv, tinyWith, useEngine } from './harness';

function recording(engine: Engine): { engine: Engine; sql: string[] } {
  const sql: string[] = [];
  return { engine: { ...engine, query: (text) => (sql.push(text), engine.query(text)) }, sql };
}

/** Listing queries (check.sql), one subquery per rule listed. */
const listed = (sql: string[]): number => sql.filter((s) => s.includes('check_id')).reduce((n, s) => n + (s.match(/AS check_id/g) ?? []).length, 0);

describe('validation counts before it lists', () => {
  const engine = useEngine();
  const HEADER = 'year,region_code,fund,opening_balance';
  // An opening for every account with 2024 flows in tiny (else one is said missing: a rule listed).
  const ACCOUNTS = '2024,150100,resident,1.00\n2024,150102,assistance,1.00\n2024,150103,assistance,1.00\n2024,150202,assistance,1.00\n';

  it('lists no rule for clean files and plans no window for a table without 合计 rows or big sums', async () => {
    const { engine: recorded, sql } = recording(engine());
    const report = await loadDataset(recorded, await tinyWith(csv('fund_balances.csv', `${HEADER}\n${ACCOUNTS}2024,150000,assistance,1.00\n2024,150100,assistance,2.00\n`)));
    expect(report.ok).toBe(true);
    expect(listed(sql)).toBe(0);
    expect(sql.some((s) => /"check_\d+"/.test(s))).toBe(true);
    expect(sql.filter((s) => s.includes('ROWS UNBOUNDED PRECEDING'))).toEqual([]);
  });

  it('lists only the broken rule, with every bad row and the count', async () => {
    const { engine: recorded, sql } = recording(engine());
    const rows = ['2024,150000,assistance,1.234', '2024,150100,assistance,2.00', '2024,150200,assistance,-3.5.1'];
    const report = await loadDataset(recorded, await tinyWith(csv('fund_balances.csv', [HEADER, ...rows, ACCOUNTS.trimEnd()].join('\n'))));
    expect(report.ok).toBe(false);
    expect(listed(sql)).toBe(1);
    const balances = report.problems.filter((p) => p.file === 'fund_balances.csv');
    expect(balances.map((p) => [p.row, p.column])).toEqual([
      [2, 'opening_balance'],
      [4, 'opening_balance'],
    ]);
  });

  it('still checks a 合计 row and a sum beyond the safe range', async () => {
    const withTotal = await loadDataset(engine(), await tinyWith(csv('fund_balances.csv', `${HEADER}\n2024,150000,assistance,1.00\n2024,150100,assistance,2.00\n合计,,,4.00\n`)));
    expect(withTotal.problems.map((p) => formatProblem(p)).join('\n')).toContain('上方各行之和为 3.00');
    expect(withTotal.ok).toBe(false);
    const big = '9000000000000000.00';
    const overflow = await loadDataset(engine(), await tinyWith(csv('fund_balances.csv', `${HEADER}\n2024,150000,assistance,${big}\n2024,150100,assistance,${big}\n`)));
    expect(overflow.ok).toBe(false);
    expect(overflow.problems.filter((p) => p.file === 'fund_balances.csv').map((p) => [p.row, p.column])).toEqual([[3, 'opening_balance']]);
  });
});
