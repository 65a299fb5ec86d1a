import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import { chooseMoneyUnit } from '../../src/domain/moneyUnit';
import { moneyCell, moneyHead } from '../../src/app/view/moneyCell';

describe('moneyCell', () => {
  it('prints the bare figure in the column unit, two decimals, the unit once in the head', () => {
    const column = [new Dec('12345678.90'), new Dec('15035000'), new Dec('-49.99')];
    const zh = chooseMoneyUnit(column, 'zh');
    expect(zh.label).toBe('万元');
    expect(moneyCell(new Dec('12345678.90'), zh)).toBe('1,234.57');
    // A loss that rounds to nothing prints without a sign (money.ts fixed).
    expect(moneyCell(new Dec('-49.99'), zh)).toBe('0.00');
    expect(moneyHead('差额', zh)).toBe('差额（万元）');
    const en = chooseMoneyUnit(column, 'en');
    expect(en.label).toBe('million yuan');
    expect(moneyCell(new Dec('12345678.90'), en)).toBe('12.35');
    expect(moneyHead('Difference', en)).toBe('Difference (million yuan)');
  });
});
