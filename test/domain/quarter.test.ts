import { describe, expect, it } from 'vitest';
import {
  compareQuarters,
  elapsedShare,
  isQuarter,
  nextQuarter,
  parseQuarter,
  previousQuarter,
  quarterLabel,
  quarterOf,
  sameQuarterLastYear,
  trailingQuarters,
  ytdQuarters,
} from '../../src/domain/quarter';

describe('quarter', () => {
  it('parses YYYYQn and nothing else', () => {
    expect(parseQuarter('2024Q4')).toEqual({ year: 2024, q: 4 });
    for (const bad of ['2024Q5', '2024Q0', '2024q1', '24Q1', '2024-Q1', ' 2024Q1', '']) {
      expect(isQuarter(bad), bad).toBe(false);
      expect(() => parseQuarter(bad), bad).toThrow(/not a quarter/);
    }
    expect(quarterOf(2023, 2)).toBe('2023Q2');
    expect(() => quarterOf(2023, 5)).toThrow();
  });

  it('orders and steps across year ends', () => {
    expect(compareQuarters('2023Q4', '2024Q1')).toBeLessThan(0);
    expect(compareQuarters('2024Q2', '2024Q2')).toBe(0);
    expect(compareQuarters('2025Q1', '2024Q4')).toBeGreaterThan(0);
    expect(nextQuarter('2023Q4')).toBe('2024Q1');
    expect(nextQuarter('2024Q2')).toBe('2024Q3');
    expect(previousQuarter('2024Q1')).toBe('2023Q4');
    expect(sameQuarterLastYear('2024Q3')).toBe('2023Q3');
  });

  it('lists year-to-date and trailing windows oldest first', () => {
    expect(ytdQuarters('2024Q3')).toEqual(['2024Q1', '2024Q2', '2024Q3']);
    expect(ytdQuarters('2024Q1')).toEqual(['2024Q1']);
    expect(trailingQuarters('2024Q2', 4)).toEqual(['2023Q3', '2023Q4', '2024Q1', '2024Q2']);
    expect(trailingQuarters('2024Q2', 1)).toEqual(['2024Q2']);
    expect(trailingQuarters('2024Q2', 0)).toEqual([]);
  });

  it('elapsed share and label', () => {
    expect(elapsedShare('2024Q1').toString()).toBe('0.25');
    expect(elapsedShare('2024Q2').toString()).toBe('0.5');
    expect(elapsedShare('2024Q3').toString()).toBe('0.75');
    expect(elapsedShare('2024Q4').toString()).toBe('1');
    expect(quarterLabel('2024Q4')).toBe('2024年第4季度');
    expect(quarterLabel('2024Q4', 'en')).toBe('2024 Q4');
  });
});
