// Found by the sweep of unseen input: what the page takes, the command line
// took only in part. A folder of city folders, a ZIP of them, or a dataset
// one folder down was refused by `--data DIR` as lacking regions.csv (and a
// ZIP named "not a file of the contract"); the page merges the cities,
// unpacks the ZIP and finds the files (submissionFiles.ts). Now `--data`
// reads a folder as the page reads a picked one.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from './runCli';
import { splitByCity } from './submissionFolders';

const TINY = join(ROOT, 'test/fixtures/tiny');

describe('--data DIR read as the page reads a picked folder', () => {
  const temp = mkdtempSync(join(tmpdir(), 'fundwatch-cli-tree-'));
  let cities: string[] = [];
  let whole = '';
  beforeAll(async () => {
    cities = await splitByCity(TINY, join(temp, '2024Q4'));
    whole = (await cli('analyze', '--data', TINY, '--quarter', '2024Q4', '--json')).stdout;
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('merges a folder of city folders, as --data for each city does', async () => {
    expect(cities).toHaveLength(2);
    const each = await cli('analyze', ...cities.flatMap((c) => ['--data', c]), '--quarter', '2024Q4', '--json');
    const tree = await cli('analyze', '--data', join(temp, '2024Q4'), '--quarter', '2024Q4', '--json');
    expect(tree.stderr).toBe(each.stderr);
    expect(tree.code).toBe(0);
    expect(tree.stdout).toBe(each.stdout);
    expect(tree.stdout).toBe(whole);
  });

  it('unpacks a ZIP of the dataset, and finds a dataset one folder down', async () => {
    const zipped = join(temp, 'zipped');
    mkdirSync(zipped);
    const parts = Object.fromEntries(readdirSync(TINY).map((f) => [`tiny/${f}`, new Uint8Array(readFileSync(join(TINY, f)))]));
    writeFileSync(join(zipped, 'tiny.zip'), zipSync(parts));
    const nested = join(temp, 'nested');
    cpSync(TINY, join(nested, 'tiny'), { recursive: true });
    for (const dir of [zipped, nested]) {
      const run = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(whole);
    }
  });

  it('reads a ZIP given itself as --data, as the folder it holds', async () => {
    const parts = Object.fromEntries(readdirSync(TINY).map((f) => [`tiny/${f}`, new Uint8Array(readFileSync(join(TINY, f)))]));
    const zip = join(temp, 'sent.zip');
    writeFileSync(zip, zipSync(parts));
    const run = await cli('analyze', '--data', zip, '--quarter', '2024Q4', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(whole);
  });

  it('refuses a ZIP that is no ZIP, naming it, exit 1', async () => {
    const bad = join(temp, 'bad');
    cpSync(TINY, bad, { recursive: true });
    writeFileSync(join(bad, 'cities.zip'), 'not a zip');
    const run = await cli('analyze', '--data', bad, '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/cities\.zip · /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
