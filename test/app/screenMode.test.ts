// 大屏 in the address: `screen=1` turns it on, leaving removes only that parameter.
import { describe, expect, it } from 'vitest';
import { readScreen, withScreen } from '../../src/app/view/screenMode';

describe('screen parameter', () => {
  it('reads screen=1 and nothing else as on', () => {
    expect(readScreen('?screen=1&q=2024Q4')).toBe(true);
    expect(readScreen('?screen=0')).toBe(false);
    expect(readScreen('')).toBe(false);
  });

  it('adds and removes it, keeping the view and the language', () => {
    expect(withScreen('?q=2024Q4&r=150900&lang=en', true)).toBe('?q=2024Q4&r=150900&lang=en&screen=1');
    expect(withScreen('?q=2024Q4&screen=1&lang=en', false)).toBe('?q=2024Q4&lang=en');
    expect(withScreen('?screen=1', false)).toBe('');
  });
});
