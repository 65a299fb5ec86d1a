// Balances that do not reconcile with the flows are a warning, not a refusal:
// the data loads, and the user is told which row and what it should be.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { csv, TINY_DIR, tinyWith, useEngine } from './harness';
import { said } from './said';

const balances = readFileSync(join(TINY_DIR, 'fund_balances.csv'), 'utf8');

describe('opening balances against the year before', () => {
  const engine = useEngine();
  it('says nothing when they follow from the flows', async () => {
    // 150100 resident: opening 2023 2,000,000.00; 2023 income 6,001,234.56
    // (3,000,000 + 1,000,000 + 1,000,000 + 500,000 + 500,000 + 1,234.56),
    // expenditure 4,100,000.00 → opening 2024 = 3,901,234.56, as the file says.
    const report = await loadDataset(engine(), await tinyWith());
    expect(report.ok).toBe(true);
    expect(report.problems.filter((p) => p.column === 'opening_balance')).toEqual([]);
  });

  it('warns on the 2024 row (file row 3) when it is off by one fen, and still loads', async () => {
    const off = balances.replace('2024,150100,resident,3901234.56', '2024,150100,resident,3901234.57');
    expect(off).not.toBe(balances);
    const report = await loadDataset(engine(), await tinyWith(csv('fund_balances.csv', off)));
    expect(report.ok).toBe(true);
    const warnings = report.problems.filter((p) => p.column === 'opening_balance');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'fund_balances.csv', row: 3, severity: 'warning' });
    expect(said(warnings[0])).toContain('150100 resident 2024年 3901234.57');
    expect(said(warnings[0])).toContain('应为 3901234.56');
    // The same warning in English: the year without 年, the same figures.
    expect(said(warnings[0], 'en')).toBe(
      "Opening balance does not follow from last year: 150100 resident 2024 3901234.57; last year's opening balance + income − expenditure gives 3901234.56",
    );
  });
});
