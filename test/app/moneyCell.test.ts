import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import { moneyCell, moneyHead } from '../../src/app/view/moneyCell';

describe('moneyCell', () => {
  it('says 万元 in Chinese and the bare figure in million yuan in English, at the same precision', () => {
    // 12,345,678.90 yuan = 1,234.57万元 = 12.3457 million yuan (both to the 100 yuan, half up).
    expect(moneyCell(new Dec('12345678.90'), 'zh')).toBe('1,234.57万元');
    expect(moneyCell(new Dec('12345678.90'), 'en')).toBe('12.3457');
    // A loss that rounds to nothing prints without a sign (money.ts fixed).
    expect(moneyCell(new Dec('-49.99'), 'en')).toBe('0.0000');
    expect(moneyCell(new Dec('-150'), 'en')).toBe('-0.0002');
  });

  it('puts the unit in the English head only', () => {
    expect(moneyHead('差额', 'zh')).toBe('差额');
    expect(moneyHead('Difference', 'en')).toBe('Difference (million yuan)');
  });
});
