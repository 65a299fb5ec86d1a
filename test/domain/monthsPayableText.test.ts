// Months payable below zero reads 已透支 / overdrawn, its computed figure kept
// beside it; any other figure reads as months.
import { describe, expect, it } from 'vitest';
import { Dec, money, type Decimal } from '../../src/domain/money';
import { monthsPayable } from '../../src/domain/monthsPayable';
import { isOverdrawn, monthsPayableFigure, monthsPayableInFull, monthsPayableNote, monthsPayableText, overdrawnInFull } from '../../src/domain/monthsPayableText';

// A balance of −600,000.00 over quarterly expenditures of 2,400,000.00 ×4:
// 9,600,000 / 12 = 800,000 a month; −600,000 / 800,000 = −0.75 months.
const overdrawn = monthsPayable(money('-600000.00'), ['2400000.00', '2400000.00', '2400000.00', '2400000.00'].map(money)) as Decimal;

describe('how months payable reads', () => {
  it('the example is −0.75 months, as worked out by hand', () => {
    expect(overdrawn.eq(new Dec('-0.75'))).toBe(true);
  });

  it('below zero: 已透支 / overdrawn, the computed figure beside it', () => {
    expect(isOverdrawn(overdrawn)).toBe(true);
    expect(monthsPayableText(overdrawn, 'zh')).toBe('已透支');
    expect(monthsPayableText(overdrawn, 'en')).toBe('overdrawn');
    expect(monthsPayableNote(overdrawn, 'zh')).toBe('计算值 -0.75 个月');
    expect(monthsPayableNote(overdrawn, 'en')).toBe('computed -0.75 months');
    expect(monthsPayableInFull(overdrawn, 'zh')).toBe('已透支（计算值 -0.75 个月）');
    expect(monthsPayableInFull(overdrawn, 'en')).toBe('overdrawn (computed -0.75 months)');
    // One decimal, the words of a short display (a tile, the big screen).
    expect(monthsPayableInFull(overdrawn, 'zh', 1, (f) => `${f}个月`)).toBe('已透支（计算值 -0.8个月）');
    expect(monthsPayableFigure(overdrawn, 'zh')).toBe('-0.75 个月');
  });

  it('a figure that rounds to zero is still overdrawn when the balance is below zero', () => {
    const tiny = new Dec('-0.004');
    expect(isOverdrawn(tiny)).toBe(true);
    expect(monthsPayableText(tiny, 'zh')).toBe('已透支');
  });

  it('zero and above: the months, no note', () => {
    // 2,600,000 / 750,000 = 3.4666… months.
    const months = new Dec(26).div(7.5);
    expect(isOverdrawn(months)).toBe(false);
    expect(monthsPayableText(months, 'zh')).toBe('3.47 个月');
    expect(monthsPayableText(months, 'en', 1)).toBe('3.5 months');
    expect(monthsPayableNote(months, 'zh')).toBeNull();
    expect(monthsPayableInFull(months, 'zh')).toBe('3.47 个月');
    expect(monthsPayableText(new Dec(0), 'zh')).toBe('0.00 个月');
    expect(isOverdrawn(new Dec('-0'))).toBe(false);
  });

  it('a sentence’s own words of the figure, kept or read as overdrawn', () => {
    expect(overdrawnInFull(overdrawn, '-0.75 个月', 'zh')).toBe('已透支（计算值 -0.75 个月）');
    expect(overdrawnInFull(new Dec('2.5'), '2.50 months', 'en')).toBe('2.50 months');
    // An alert's reader text and the report's finding word the figure at two places: -0.0004 read 0.00, its sign
    // gone (-0.000 is still no figure below zero), so 已透支（计算值 0.00 个月）; four places show it.
    expect(overdrawnInFull(new Dec('-0.0004'), '0.00 个月', 'zh')).toBe('已透支（计算值 -0.0004 个月）');
    expect(overdrawnInFull(new Dec('-0.0004'), '0.00 months', 'en')).toBe('overdrawn (computed -0.0004 months)');
  });
});

// The stop-44 sweep (广东, 东莞市): a balance of -12.34元 against 33,334.36元 spent a month is -0.00037 months;
// the report read "已透支（计算值 0.00）", an overdrawn fund with no figure below zero.
describe('a fund overdrawn by a few yuan', () => {
  it('shows its computed figure below zero, with the places it needs', () => {
    const months = new Dec('-12.34').div(new Dec('33334.36'));
    expect(monthsPayableInFull(months, 'zh')).toBe('已透支（计算值 -0.0004 个月）');
    expect(monthsPayableNote(months, 'en')).toBe('computed -0.0004 months');
    // A figure that shows itself at two places keeps them.
    expect(monthsPayableInFull(new Dec('-0.6'), 'zh')).toBe('已透支（计算值 -0.60 个月）');
    expect(monthsPayableInFull(new Dec('7.166'), 'zh')).toBe('7.17 个月');
  });
});
