// Issue 17, bad input on the command line (native DuckDB): a roster that is
// not a roster (binary junk as CSV or Parquet) or a report whose data need
// more than the memory limit ends with a precise message and exit code 1,
// no stack trace, no report file and no temp files; progress lines (forced
// on for a small dataset) go to stderr and leave `--json` unchanged.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliWith, ROOT } from './runCli';

const TINY = join(ROOT, 'test/fixtures/tiny');
const SAMPLE = join(ROOT, 'data/sample');

/** Bytes no text encoding reads: every byte value, a fixed pattern (no randomness in tests). */
function junk(bytes: number): Uint8Array {
  return Uint8Array.from({ length: bytes }, (_, i) => (i * 151 + 17) % 256);
}

describe('bad input on the native command line', () => {
  const temp = mkdtempSync(join(tmpdir(), 'fundwatch-cli-bad-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  const dataWith = (name: string, file: string, bytes: Uint8Array): string => {
    const dir = join(temp, name);
    cpSync(TINY, dir, { recursive: true });
    writeFileSync(join(dir, file), bytes);
    return dir;
  };
  const ownTmp = (name: string): string => {
    const dir = join(temp, `tmp-${name}`);
    mkdirSync(dir);
    return dir;
  };

  it('refuses a roster.csv of binary junk by its encoding, exit 1, nothing left behind', async () => {
    const data = dataWith('junk-csv', 'roster.csv', junk(64 * 1024));
    const own = ownTmp('junk-csv');
    const run = await cliWith({ TMPDIR: own }, 'analyze', '--data', data, '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'roster.csv · 文件既不是 UTF-8 也不是 GBK/GB18030 编码：第1行第1列有无法识别的字节（按UTF-8读到此处为止） · 应为：UTF-8 或 GBK 编码的 CSV 文件',
      `数据未加载：${data} 有错误（见上），请修正后重试`,
    ]);
    expect(readdirSync(own)).toEqual([]);
  });

  it('refuses a roster.parquet of binary junk: it has no Parquet mark', async () => {
    const data = dataWith('junk-parquet', 'roster.parquet', junk(4096));
    const own = ownTmp('junk-parquet');
    const run = await cliWith({ TMPDIR: own }, 'analyze', '--data', data, '--json', '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const [problem, last, ...rest] = run.stderr.trim().split('\n');
    expect(rest).toEqual([]);
    expect(problem).toBe('roster.parquet · The Parquet file cannot be read: it does not begin and end with the Parquet mark (PAR1), so it is not a Parquet file · expected: a valid Parquet file');
    expect(last).toBe(`Data not loaded: ${data} has errors (see above); correct them and try again`);
    expect(readdirSync(own)).toEqual([]);
  });

  it('writes no report when the data need more than FUNDWATCH_MEMORY_LIMIT', async () => {
    const own = ownTmp('memory-report');
    const out = join(temp, 'report.html');
    const run = await cliWith({ TMPDIR: own, FUNDWATCH_MEMORY_LIMIT: '16MB' }, 'report', '--data', SAMPLE, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/错误：the data needs more memory than the limit of 16MB \(set FUNDWATCH_MEMORY_LIMIT/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(own)).toEqual([]);
  });

  it('refuses a --out it cannot write before reading any data: a missing folder, a folder given as the file', async () => {
    const missing = join(temp, 'no-such-folder', 'report.html');
    const run = await cliWith({}, 'report', '--data', TINY, '--out', missing);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')[0]).toBe(`错误：无法写入报告 ${missing}：文件夹 ${join(temp, 'no-such-folder')} 不存在`);
    expect(existsSync(join(temp, 'no-such-folder'))).toBe(false);
    const folder = await cliWith({}, 'report', '--data', TINY, '--out', temp, '--lang', 'en');
    expect(folder.code).toBe(2);
    expect(folder.stderr.trim().split('\n')[0]).toBe(`Error: cannot write the report to ${temp}: it is a folder; give a file name such as ${join(temp, 'report.html')}`);
    for (const r of [run, folder]) expect(r.stderr).not.toMatch(/\n\s+at |ENOENT|EISDIR/);
  });

  it('prints progress on stderr only: --json is the same document with it on', async () => {
    const plain = await cliWith({}, 'analyze', '--data', TINY, '--json');
    const withProgress = await cliWith({ FUNDWATCH_PROGRESS: '1' }, 'analyze', '--data', TINY, '--json', '--lang', 'en');
    expect(withProgress.code).toBe(0);
    expect(withProgress.stdout).toBe(plain.stdout);
    const lines = withProgress.stderr.trim().split('\n');
    expect(lines.every((l) => l.startsWith('[progress] '))).toBe(true);
    expect(lines.some((l) => /^\[progress\] reading regions\.csv \(\d+ KB\)…$/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('[progress] validating '))).toBe(true);
    expect(lines.some((l) => /^\[progress\] data loaded \(\d+\.\d s\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /^\[progress\] analysing 2024Q4: the roster deduplicated by person/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^\[progress\] analysis done \(\d+\.\d s\)$/);
  });
});
