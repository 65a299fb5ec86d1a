// A data folder on disk as the command line reads it (formats/nodeFiles.ts):
// a folder assembled with symbolic links reads the files they point to.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatasetDir, openDatasetTree, readDatasetDir } from '../../src/engine/formats/nodeFiles';

describe('a data folder with symbolic links', () => {
  const root = mkdtempSync(join(tmpdir(), 'fundwatch-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const data = join(root, 'data');
  mkdirSync(join(data, '150100'), { recursive: true });
  writeFileSync(join(root, 'regions-2024.csv'), 'region_code,name,level,parent_code,tier\n');
  writeFileSync(join(data, '150100', 'fund_flows.csv'), 'x\n');
  symlinkSync(join(root, 'regions-2024.csv'), join(data, 'regions.csv'));
  // Never walked: a link to a folder above (a loop), and a link to nothing.
  symlinkSync(root, join(data, 'up'));
  symlinkSync(join(root, 'gone.csv'), join(data, 'budgets.csv'));

  it('reads a link to a file as that file (regions.csv was skipped and said missing), and walks no linked folder', async () => {
    expect((await readDatasetDir(data)).map((f) => [f.name, 'bytes' in f ? new TextDecoder().decode(f.bytes).slice(0, 11) : null])).toEqual([['regions.csv', 'region_code']]);
    expect((await openDatasetDir(data)).map((f) => f.name)).toEqual(['regions.csv']);
    expect((await openDatasetTree(data)).map((f) => f.name)).toEqual(['150100/fund_flows.csv', 'regions.csv']);
  });
});
