import { describe, expect, it } from 'vitest';
import { grouped, mib } from '../../../src/domain/messages/words';

describe('words said the same in both languages', () => {
  it('mib: whole megabytes of 2^20 bytes, half up, in integer arithmetic', () => {
    expect(mib(0)).toBe('0 MB');
    expect(mib(524_287)).toBe('0 MB');
    expect(mib(524_288)).toBe('1 MB');
    expect(mib(64 * 2 ** 20)).toBe('64 MB');
    expect(mib(3.5 * 2 ** 20)).toBe('4 MB');
    // 20 GiB + 1 byte: beyond 32 bits, still exact.
    expect(mib(20 * 2 ** 30 + 1)).toBe('20480 MB');
  });

  it('grouped: thousands separators', () => {
    expect(grouped(1001)).toBe('1,001');
    expect(grouped(20_000_000)).toBe('20,000,000');
  });
});
