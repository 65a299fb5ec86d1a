// A data folder on disk as the command line reads it (formats/nodeFiles.ts):
// a folder assembled with symbolic links reads the files they point to.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NotAFileError, openDatasetDir, openDatasetTree, readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { CLI_TEXT } from '../../src/cli/text';

describe('a data folder with symbolic links', () => {
  const root = mkdtempSync(join(tmpdir(), 'fundwatch-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const data = join(root, 'data');
  mkdirSync(join(data, '150100'), { recursive: true });
  writeFileSync(join(root, 'regions-2024.csv'), 'region_code,name,level,parent_code,tier\n');
  writeFileSync(join(data, '150100', 'fund_flows.csv'), 'x\n');
  symlinkSync(join(root, 'regions-2024.csv'), join(data, 'regions.csv'));
  // Never walked: a link to a folder above (a loop).
  symlinkSync(root, join(data, 'up'));

  it('reads a link to a file as that file (regions.csv was skipped and said missing), and walks no linked folder', async () => {
    expect((await readDatasetDir(data)).map((f) => [f.name, 'bytes' in f ? new TextDecoder().decode(f.bytes).slice(0, 11) : null])).toEqual([['regions.csv', 'region_code']]);
    expect((await openDatasetDir(data)).map((f) => f.name)).toEqual(['regions.csv']);
    expect((await openDatasetTree(data)).map((f) => f.name)).toEqual(['150100/fund_flows.csv', 'regions.csv']);
  });
});

// Found by a sweep of hostile folders: a broken link to the city's
// fund_flows.csv, a folder of that name, or a pipe was left out without a
// word, and the dataset loaded with no fund figures (exit 0).
describe("a data file's name on something that is not a file", () => {
  const root = mkdtempSync(join(tmpdir(), 'fundwatch-notafile-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const folder = (name: string, make: (dir: string) => void): string => {
    const dir = join(root, name);
    mkdirSync(join(dir, '150100'), { recursive: true });
    writeFileSync(join(dir, 'regions.csv'), 'region_code,name,level,parent_code,tier\n');
    make(dir);
    return dir;
  };
  const refusal = async (read: Promise<unknown>): Promise<[string, string] | null> =>
    read.then(
      () => null,
      (e: unknown) => (e instanceof NotAFileError ? [e.path, e.kind] : null),
    );

  it('refuses a broken link, a folder or a pipe named as a data file, naming it, in a folder and in a city folder', async () => {
    const broken = folder('broken', (dir) => symlinkSync(join(root, 'moved.csv'), join(dir, 'fund_flows.csv')));
    expect(await refusal(openDatasetTree(broken))).toEqual(['fund_flows.csv', 'broken_link']);
    expect(await refusal(openDatasetDir(broken))).toEqual(['fund_flows.csv', 'broken_link']);
    const named = folder('named', (dir) => mkdirSync(join(dir, '150100', 'fund_flows.csv')));
    expect(await refusal(openDatasetTree(named))).toEqual(['150100/fund_flows.csv', 'folder']);
    const pipe = folder('pipe', (dir) => execFileSync('mkfifo', [join(dir, 'roster.csv')]));
    expect(await refusal(openDatasetTree(pipe))).toEqual(['roster.csv', 'special']);
    const device = folder('device', (dir) => symlinkSync('/dev/zero', join(dir, 'roster.csv')));
    expect(await refusal(readDatasetDir(device))).toEqual(['roster.csv', 'special']);
    expect(CLI_TEXT.zh.notAFile('data', 'fund_flows.csv', 'broken_link')).toBe(
      '无法读取数据文件夹 data：fund_flows.csv 是失效的链接（所指的文件不存在），不是可读取的数据文件；请放入该文件本身，或移走它（未载入任何数据）',
    );
    expect(CLI_TEXT.en.notAFile('data', 'roster.csv', 'special')).toBe(
      'Cannot read the data folder data: roster.csv is not a regular file (a pipe or a device), not a data file to read; put the file itself there, or move it away (no data were loaded)',
    );
  });

  it('passes over what is named as no data file: a link to a folder, a pipe named otherwise', async () => {
    const other = folder('other', (dir) => {
      symlinkSync(root, join(dir, 'backup'));
      execFileSync('mkfifo', [join(dir, 'log')]);
    });
    expect((await openDatasetTree(other)).map((f) => f.name)).toEqual(['regions.csv']);
  });
});
