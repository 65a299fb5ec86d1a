import { describe, expect, it } from 'vitest';
import { grouped, mib, mibBeside } from '../../../src/domain/messages/words';
import { renderMessage } from '../../../src/domain/messages/render';
import { message } from '../../../src/domain/messages/codes';

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

  it('mibBeside: to the byte where the size it is set against would read the same', () => {
    expect(mibBeside(2 ** 29, 2 ** 29 - 24)).toBe('536,870,912 B');
    expect(mibBeside(2 ** 29 - 24, 2 ** 29)).toBe('536,870,888 B');
    expect(mibBeside(600 * 2 ** 20, 2 ** 29 - 24)).toBe('600 MB');
    // A part of 512 MiB over a limit 24 bytes under it no longer reads "512 MB … (512 MB a part …)".
    const said = renderMessage(message('xlsx.too_big', { part: 'xl/worksheets/sheet1.xml', bytes: 2 ** 29, packed: 5 * 2 ** 20, partLimit: 2 ** 29 - 24, totalLimit: 2 ** 30, ratio: 1000 }), 'zh');
    expect(said).toContain('解压后为 536,870,912 B');
    expect(said).toContain('单个部件 536,870,888 B');
  });

  it('grouped: thousands separators', () => {
    expect(grouped(1001)).toBe('1,001');
    expect(grouped(20_000_000)).toBe('20,000,000');
  });
});
