// The report's signed change cells take their sign from the one rule the screen uses
// (changeSign in domain/money: − U+2212 down, + up), not a copy of their own.
import { describe, expect, it } from 'vitest';
import { changeSign, Dec } from '../../src/domain/money';
import { signedGrowth, signedNumber } from '../../src/report/text';

describe('signed change cells', () => {
  it('read − (U+2212) and + as the screen does, 0.00 when the change rounds to nothing', () => {
    expect(signedNumber(new Dec('-0.404'), 2)).toBe('\u22120.40');
    expect(signedNumber(new Dec('-0.404'), 2).slice(0, 1)).toBe(changeSign(new Dec('-0.404')));
    expect(signedNumber(new Dec('1.205'), 2)).toBe('+1.21');
    expect(signedNumber(new Dec('-0.004'), 2)).toBe('0.00');
    expect(signedGrowth(new Dec('-0.0268'))).toBe('\u22122.68%');
    expect(signedNumber(null, 2)).toBe('—');
  });
});
