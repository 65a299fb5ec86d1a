import { describe, expect, it } from 'vitest';
import { readLang, withLang } from '../../../src/app/i18n/langParam';

describe('readLang', () => {
  it('takes the address first, then the stored choice, then Chinese', () => {
    expect(readLang('?q=2024Q4&lang=en', 'zh')).toBe('en');
    expect(readLang('?q=2024Q4', 'en')).toBe('en');
    expect(readLang('?q=2024Q4', null)).toBe('zh');
  });

  it('ignores languages it does not have', () => {
    expect(readLang('?lang=fr', null)).toBe('zh');
    expect(readLang('', 'de')).toBe('zh');
  });
});

describe('withLang', () => {
  it('writes English and removes the parameter for Chinese', () => {
    expect(withLang('?q=2024Q4&r=150000', 'en')).toBe('?q=2024Q4&r=150000&lang=en');
    expect(withLang('?q=2024Q4&lang=en', 'zh')).toBe('?q=2024Q4');
    expect(withLang('?lang=en', 'zh')).toBe('');
  });
});
