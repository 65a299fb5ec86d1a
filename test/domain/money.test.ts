import { describe, expect, it } from 'vitest';
import {
  Dec,
  ZERO,
  decimal,
  fixed,
  formatAuto,
  formatCount,
  formatPercent,
  formatWan,
  formatYi,
  formatYuan,
  isMoneyText,
  money,
  moneyString,
  rateString,
  sum,
} from '../../src/domain/money';

describe('money parsing', () => {
  it('parses plain yuan text exactly, with sign and surrounding spaces', () => {
    expect(money('1234.56').toString()).toBe('1234.56');
    expect(money('-0.10').toString()).toBe('-0.1');
    expect(money(' 7 ').toString()).toBe('7');
    // 0.1 + 0.2 is exactly 0.3 in decimal (it is not in binary floating point).
    expect(money('0.1').plus(money('0.2')).eq(money('0.3'))).toBe(true);
  });

  it('rejects anything that is not plain decimal text', () => {
    for (const bad of ['', 'abc', '1e5', '1,234.00', '12.', '.5', 'NaN', 'Infinity', '¥12']) {
      expect(() => money(bad), bad).toThrow(/not an amount in yuan/);
    }
    expect(() => decimal('0.9x')).toThrow('"0.9x" is not a decimal number');
  });

  it('tells contract money (at most two decimals) apart', () => {
    expect(isMoneyText('12.34')).toBe(true);
    expect(isMoneyText('-12')).toBe(true);
    expect(isMoneyText('12.345')).toBe(false);
  });

  it('never prints exponent notation', () => {
    expect(new Dec('1e-30').toString()).toBe('0.000000000000000000000000000001');
    expect(new Dec('1e25').toString()).toBe('10000000000000000000000000');
  });

  it('sums exactly to the fen', () => {
    // 0.01 × 1000 = 10.00
    expect(sum(Array.from({ length: 1000 }, () => money('0.01'))).eq(10)).toBe(true);
    expect(sum([]).eq(ZERO)).toBe(true);
  });
});

describe('fixed', () => {
  it('rounds half-up (ties away from zero) without float error', () => {
    expect(fixed(money('0.005'), 2)).toBe('0.01');
    expect(fixed(money('-0.005'), 2)).toBe('-0.01');
    expect(fixed(money('0.004999'), 2)).toBe('0.00');
    // 1.005 is 1.00499999999999989... as a float; as a decimal it rounds up.
    expect(fixed(money('1.005'), 2)).toBe('1.01');
    expect(fixed(money('2.675'), 2)).toBe('2.68');
  });

  it('pads to exactly the places asked and drops the sign of a zero', () => {
    expect(moneyString(money('1234.5'))).toBe('1234.50');
    expect(moneyString(money('-0.1'))).toBe('-0.10');
    expect(moneyString(money('-0.004'))).toBe('0.00');
    expect(rateString(new Dec(4850).div(4920))).toBe('0.985772'); // 0.98577235...
    expect(rateString(money('0.9912345'))).toBe('0.991235');
  });
});

describe('display formats', () => {
  it('万元 divides by 10,000 with separators', () => {
    expect(formatWan(money('123456789.01'))).toBe('12,345.68万元'); // 12,345.678901
    expect(formatWan(money('-50000'))).toBe('-5.00万元');
    // 0.004999 万 would read 0.00万元: an amount that is not zero never reads as zero, it is said in 元 (the stop-44 sweep's 12.34元 gap).
    expect(formatWan(money('49.99'))).toBe('49.99元');
    expect(formatWan(money('-12.34'), 2, 'en')).toBe('-12.34 yuan');
    expect(formatWan(money('50.00'))).toBe('0.01万元');
    expect(formatWan(money('0'))).toBe('0.00万元');
    expect(formatWan(money('50'))).toBe('0.01万元'); // 0.005 万 rounds up
    expect(formatWan(money('123456789.01'), 0)).toBe('12,346万元');
  });

  it('亿元 divides by 100,000,000', () => {
    expect(formatYi(money('123456789.01'))).toBe('1.23亿元');
    expect(formatYi(money('-1234567890123'))).toBe('-12,345.68亿元');
  });

  it('元 keeps the fen', () => {
    expect(formatYuan(money('123456789.01'))).toBe('123,456,789.01元');
    expect(formatYuan(money('-999.999'))).toBe('-1,000.00元');
    expect(formatYuan(ZERO)).toBe('0.00元');
  });

  it('English shows million and billion yuan at the same precision', () => {
    expect(formatWan(money('123456789.01'), 2, 'en')).toBe('123.4568 million yuan'); // 12,345.68 万 = 123.4568 m
    expect(formatWan(money('-50000'), 2, 'en')).toBe('-0.0500 million yuan');
    expect(formatYi(money('123456789.01'), 2, 'en')).toBe('0.123 billion yuan'); // 1.23 亿
    expect(formatYuan(money('1234.5'), 'en')).toBe('1,234.50 yuan');
    expect(formatAuto(money('1234567890'), 'en')).toBe('1.235 billion yuan');
    expect(formatAuto(money('17960565.39'), 'en')).toBe('17.9606 million yuan');
  });

  it('percent multiplies by 100', () => {
    expect(formatPercent(money('0.991234'))).toBe('99.12%');
    expect(formatPercent(money('0.99125'))).toBe('99.13%');
    expect(formatPercent(money('-0.125'), 1)).toBe('-12.5%');
    // Never 100% unless everyone is: 6,445 of 6,446 is 99.98449…%.
    const almost = new Dec(6445).div(6446);
    expect(formatPercent(almost, 1)).toBe('99.98%');
    expect(formatPercent(almost, 2)).toBe('99.98%');
    expect(formatPercent(new Dec('0.99996'), 2)).toBe('99.996%');
    expect(formatPercent(new Dec(1), 1)).toBe('100.0%');
    expect(formatPercent(new Dec('0.9994'), 1)).toBe('99.9%');
    expect(formatPercent(new Dec('1.00004'), 2)).toBe('100.004%');
  });

  it('auto switches to 亿元 at 100,000,000 yuan either sign', () => {
    expect(formatAuto(money('99999999.99'))).toBe('10,000.00万元');
    expect(formatAuto(money('100000000'))).toBe('1.00亿元');
    expect(formatAuto(money('-250000000'))).toBe('-2.50亿元');
  });

  it('counts get separators', () => {
    expect(formatCount(4920)).toBe('4,920');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(0)).toBe('0');
  });
});
