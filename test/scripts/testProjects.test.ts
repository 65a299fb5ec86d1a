// Files that share a process must leave it as they found it: any file that
// replaces modules, globals or timers, or compares a snapshot (ECharts' SVG
// ids count from the process's start), has to be listed in ISOLATED_FILES
// (test/projects.ts), which runs each such file in a process of its own.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED_FILES } from '../projects';

const ROOT = join(import.meta.dirname, '../..');
const REPLACES = /\bvi\.(mock|doMock|stubGlobal|stubEnv|resetModules|useFakeTimers)\(|\.toMatch(File|Inline)?Snapshot\(/;

async function testFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await testFiles(path)));
    else if (/\.test\.tsx?$/.test(entry.name)) out.push(relative(ROOT, path));
  }
  return out;
}

describe('test projects', () => {
  it('runs every file that replaces modules, globals or timers, or compares snapshots, in a process of its own', async () => {
    const files = (await testFiles(join(ROOT, 'test'))).filter((f) => !f.startsWith('test/browser/') && !f.includes('.browser.'));
    const replacing: string[] = [];
    for (const file of files) if (REPLACES.test(await readFile(join(ROOT, file), 'utf8'))) replacing.push(file);
    expect(replacing.length).toBeGreaterThan(0);
    expect(replacing.filter((f) => !ISOLATED_FILES.includes(f))).toEqual([]);
  });
});
