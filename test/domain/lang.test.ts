import { describe, expect, it } from 'vitest';
import { BilingualError, errorMessage } from '../../src/domain/lang';
import { SplitError } from '../../src/domain/largestRemainder';

describe('errorMessage', () => {
  it('says a bilingual error in the reader language, Chinese as its message', () => {
    const error = new BilingualError({ zh: '示例数据无法载入', en: 'The sample data cannot be loaded' });
    expect(error.message).toBe('示例数据无法载入');
    expect(errorMessage(error, 'zh')).toBe('示例数据无法载入');
    expect(errorMessage(error, 'en')).toBe('The sample data cannot be loaded');
  });

  it('reads messageEn of the domain errors that have one', () => {
    const split = new SplitError('权重之和为零', 'The weights add up to zero');
    expect(split).toBeInstanceOf(BilingualError);
    expect(errorMessage(split, 'en')).toBe('The weights add up to zero');
    expect(errorMessage(split, 'zh')).toBe('权重之和为零');
  });

  it('keeps an error of other origin (DuckDB, the browser) as it is in either language', () => {
    expect(errorMessage(new Error('Binder Error: x'), 'en')).toBe('Binder Error: x');
    expect(errorMessage('plain', 'zh')).toBe('plain');
  });
});
