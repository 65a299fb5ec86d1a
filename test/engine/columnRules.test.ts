// How a bad cell is described (contract/columnRules.ts, describeInvalid), on
// cells as hostile files hold them: megabytes of digits in one cell.
import { describe, expect, it } from 'vitest';
import { message } from '../../src/domain/messages/codes';
import type { ColumnSpec } from '../../src/engine/contract/contract';
import { describeInvalid } from '../../src/engine/contract/columnRules';

const INSURED: ColumnSpec = { name: 'insured', label: '参保人数', kind: 'count' };
const AMOUNT: ColumnSpec = { name: 'amount', label: '金额', kind: 'money' };

describe('describeInvalid on long cells', () => {
  it('says a cell of 50,000 digits is too large at once (the scientific-notation test backtracked: 4 s for 50,000 digits, 36 s for 100,000, hours for the 3 MB a hostile file holds)', () => {
    const digits = '1'.repeat(50_000);
    const started = performance.now();
    const count = describeInvalid(INSURED, digits);
    const money = describeInvalid(AMOUNT, `${digits}.5`);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(count.code).toBe('cell.too_large');
    // 50,000 integer digits and one decimal: not scientific, too large (more than 16 integer digits).
    expect(money.code).toBe('cell.too_large');
  }, 10_000);

  it('still says every form of scientific notation is one', () => {
    for (const value of ['6.0316059E+05', '1.E5', '.5e3', '1e308', '-1.5e-3', '+2E2']) {
      expect(describeInvalid(AMOUNT, value), value).toEqual(message('cell.scientific', { label: '金额', value }));
    }
    expect(describeInvalid(AMOUNT, '1.2.3e4').code).toBe('cell.invalid');
  });
});
