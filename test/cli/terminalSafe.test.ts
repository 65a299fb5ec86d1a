// A file's cell is quoted into what the command line prints: control
// characters in it (an escape sequence that would clear or retitle the
// terminal, a NUL, a CR that would hide the line) are printed as the text
// `\u001b`, the rest of the message as it was. Also the pure rule.
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/cli/io';
import { cli, ROOT } from './runCli';

describe('terminalSafe', () => {
  it('writes C0 (but tab and line end), DEL and C1 as \\u escapes and leaves the rest', () => {
    expect(terminalSafe('a\u001b[2Jb\u0000c\rd\te\nf\u007fg\u0085h 区划')).toBe('a\\u001b[2Jb\\u0000c\\u000dd\te\nf\\u007fg\\u0085h 区划');
    expect(terminalSafe('\u0007')).toBe('\\u0007');
    expect(terminalSafe('plain 文本')).toBe('plain 文本');
  });

  it('writes the bidirectional controls and the line separators as \\u escapes', () => {
    expect(terminalSafe('regions\u202ecsv.txt')).toBe('regions\\u202ecsv.txt');
    expect(terminalSafe('a\u061cb\u200ec\u200fd\u202ae\u202bf\u202cg\u202dh\u2066i\u2067j\u2068k\u2069l\u2028m\u2029n')).toBe(
      'a\\u061cb\\u200ec\\u200fd\\u202ae\\u202bf\\u202cg\\u202dh\\u2066i\\u2067j\\u2068k\\u2069l\\u2028m\\u2029n',
    );
    // Joiners shape scripts and emoji; they stay.
    expect(terminalSafe('\u200d\u200c')).toBe('\u200d\u200c');
  });
});

describe('a hostile cell on the command line', () => {
  const temp = mkdtempSync(join(tmpdir(), 'fundwatch-cli-escape-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('is named in the problem with its control characters written out, exit 1', async () => {
    const dir = join(temp, 'data');
    cpSync(join(ROOT, 'test/fixtures/tiny'), dir, { recursive: true });
    writeFileSync(join(dir, 'fund_balances.csv'), 'year,region_code,fund,opening_balance\n2024,150000,assistance,\u001b]0;pwned\u0007\u001b[2J1\u0000\n');
    const run = await cli('analyze', '--data', dir);
    expect(run.code).toBe(1);
    expect([...run.stderr].filter((c) => c.charCodeAt(0) < 0x20 && c !== '\n' && c !== '\t')).toEqual([]);
    expect(run.stderr).toContain('\\u001b]0;pwned\\u0007\\u001b[2J1\\u0000');
    expect(run.stderr).toContain('fund_balances.csv');
  });

  it('names a file whose name holds a right-to-left override with the override written out', async () => {
    const dir = join(temp, 'rtl');
    cpSync(join(ROOT, 'test/fixtures/tiny'), dir, { recursive: true });
    renameSync(join(dir, 'regions.csv'), join(dir, 'regions\u202ecsv.txt'));
    const run = await cli('analyze', '--data', dir);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('\u202e');
    expect(run.stderr).toContain('regions\\u202ecsv.txt · 不是数据契约中的文件，已忽略');
    expect(run.stderr).toContain('regions.csv · 缺少必需的文件（行政区划）');
  });
});
