import { describe, expect, it } from 'vitest';
import { message } from '../../../src/domain/messages/codes';
import { errorMessage, FundWatchError } from '../../../src/domain/messages/error';
import { SplitError } from '../../../src/domain/largestRemainder';

describe('FundWatchError and errorMessage', () => {
  it('carries a message as data and says it in the reader language, Chinese as its Error.message', () => {
    const error = new FundWatchError(message('builtin.file_unreadable', { file: 'regions.csv', status: 404 }));
    expect(error.messages).toEqual([{ code: 'builtin.file_unreadable', params: { file: 'regions.csv', status: 404 } }]);
    expect(error.message).toBe('内置数据文件 regions.csv 无法读取（HTTP 404）');
    expect(errorMessage(error, 'zh')).toBe('内置数据文件 regions.csv 无法读取（HTTP 404）');
    expect(errorMessage(error, 'en')).toBe('The built-in data file regions.csv cannot be read (HTTP 404)');
  });

  it('is the one error of the domain: a refused split is one', () => {
    const split = new SplitError(message('split.duplicate_recipient', { key: '150102' }));
    expect(split).toBeInstanceOf(FundWatchError);
    expect(split.detail).toEqual({ code: 'split.duplicate_recipient', params: { key: '150102' } });
    expect(errorMessage(split, 'en')).toBe('Duplicate recipient: 150102');
    expect(errorMessage(split, 'zh')).toBe('分配对象重复：150102');
    
  });

  it('says every message of a refusal that lists several, one per line', () => {
    const error = new FundWatchError([message('split.duplicate_region', { code: '150102' }), message('split.duplicate_county', { code: '150121' })]);
    expect(errorMessage(error, 'en')).toBe('Duplicate region: 150102\nDuplicate county: 150121');
  });

  it('keeps an error of other origin (DuckDB, the browser) as it is in either language', () => {
    expect(errorMessage(new Error('Binder Error: x'), 'en')).toBe('Binder Error: x');
    expect(errorMessage('plain', 'zh')).toBe('plain');
  });
});
