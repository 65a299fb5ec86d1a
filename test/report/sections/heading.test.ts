import { describe, expect, it } from 'vitest';
import { numeral, sectionOpen } from '../../../src/report/sections/heading';

describe('numeral', () => {
  it('writes 1–99 as a Chinese report numbers them', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99].map(numeral)).toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九']);
  });

  it('falls back to digits outside 1–99', () => {
    expect([0, 100, 2.5].map(numeral)).toEqual(['0', '100', '2.5']);
  });

  it('numbers the eleventh section 十一、 in Chinese and 11. in English', () => {
    expect(sectionOpen(11, 'revisions', '与上次报送相比的变化')).toContain('<h2>十一、与上次报送相比的变化</h2>');
    expect(sectionOpen(11, 'revisions', 'Changes', 'en')).toContain('<h2>11. Changes</h2>');
  });
});
