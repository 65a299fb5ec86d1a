// How a bad cell is described (contract/columnRules.ts, describeInvalid), on
// cells as hostile files hold them: megabytes of digits in one cell.
import { describe, expect, it } from 'vitest';
import { message } from '../../src/domain/messages/codes';
import type { ColumnSpec } from '../../src/engine/contract/contract';
import { describeInvalid } from '../../src/engine/contract/columnRules';
import { renderMessage } from '../../src/domain/messages/render';

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

  it('quotes a long cell by its first 40 characters, judged whole: a 3 MB cell made a 3 MB line', () => {
    const said = describeInvalid(INSURED, '1'.repeat(3_000_000));
    expect(said).toEqual(message('cell.too_large', { kind: 'count', label: '参保人数', value: `${'1'.repeat(40)}…`, unit: null }));
    expect(renderMessage(said, 'zh')).toBe(`参保人数"${'1'.repeat(40)}…"过大`);
    // Judged on the whole cell: digits then a letter far past the quoted start is not a number at all.
    expect(describeInvalid(INSURED, `${'1'.repeat(1000)}x`).code).toBe('cell.invalid');
    // Never half of a character outside the BMP: 39 characters, then 𠀀 (two UTF-16 units) across the cut.
    const rare = `${'区'.repeat(39)}𠀀${'区'.repeat(10)}`;
    expect(describeInvalid(AMOUNT, rare)).toEqual(message('cell.invalid', { kind: 'money', label: '金额', value: `${'区'.repeat(39)}…` }));
    // A cell of 40 characters is quoted whole.
    expect(describeInvalid(INSURED, '1'.repeat(40))).toEqual(message('cell.too_large', { kind: 'count', label: '参保人数', value: '1'.repeat(40), unit: null }));
  });
});
