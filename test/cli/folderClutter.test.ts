// Found by the sweep of unseen input: a data folder as offices leave it. A
// workbook open in Excel or WPS leaves its lock file (`~$fund_flows.xlsx`,
// 165 bytes, not a ZIP) beside it, and Windows and macOS leave Thumbs.db and
// .DS_Store. The page and the ZIP reader skip them (submissionFiles.ts); the
// command line read the lock file as the fund-flows workbook and refused
// the whole folder.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from './runCli';

const TINY = join(ROOT, 'test/fixtures/tiny');

describe('a data folder with office clutter on the command line', () => {
  const temp = mkdtempSync(join(tmpdir(), 'fundwatch-cli-clutter-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('skips Office lock files and Thumbs.db: the same document as the folder without them', async () => {
    const dir = join(temp, 'tiny');
    cpSync(TINY, dir, { recursive: true });
    // What Excel writes for an open workbook: the user's name, padded; never a ZIP.
    const lock = new Uint8Array(165);
    lock.set(new TextEncoder().encode('\u0005张三'), 0);
    writeFileSync(join(dir, '~$fund_flows.xlsx'), lock);
    writeFileSync(join(dir, '~$regions.csv'), lock);
    writeFileSync(join(dir, 'Thumbs.db'), lock);
    const clean = await cli('analyze', '--data', TINY, '--quarter', '2024Q4', '--json');
    const run = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
    expect(clean.code).toBe(0);
    expect(run.stderr).toBe(clean.stderr);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(clean.stdout);
    expect(JSON.parse(run.stdout).quarter).toBe('2024Q4');
  });
});
