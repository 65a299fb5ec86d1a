// The characters that show as nothing are written out where a file's cell is
// quoted (the command line, the page's list of problems); see also
// test/cli/terminalSafe.test.ts for the control characters.
import { describe, expect, it } from 'vitest';
import { visibleControls } from '../../src/domain/visibleText';

describe('visibleControls', () => {
  it('writes a BOM inside a cell (two files with BOMs joined), a zero width space and a word joiner as \\u escapes', () => {
    expect(visibleControls('区划代码"\ufeff150102"不是6位数字')).toBe('区划代码"\\ufeff150102"不是6位数字');
    expect(visibleControls('新城\u200b区\u2060')).toBe('新城\\u200b区\\u2060');
    // Joiners shape scripts and emoji; they stay.
    expect(visibleControls('\u200d\u200c')).toBe('\u200d\u200c');
  });
});
