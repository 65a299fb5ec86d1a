// scripts/run-cli.mjs builds the CLI once per version of the sources into
// node_modules/.cache/fundwatch-cli/<hash>/ and keeps each run's dataset
// cache beside it (<hash>/datasets). A run whose bundle was removed under it
// (the sources changed meanwhile: bundles of older sources are removed)
// still wrote that cache, leaving <hash>/ without a bundle; when the sources
// came back to that version (a stash popped, a branch checked out again),
// every run failed: ENOTEMPTY, renaming the fresh bundle onto the folder.
// Run in a project of its own (the same src, its own node_modules/.cache),
// so that the real cache, which other tests use, is never touched.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './runCli';

const project = mkdtempSync(join(tmpdir(), 'fundwatch-runcli-'));

function layOut(): void {
  mkdirSync(join(project, 'scripts'));
  copyFileSync(join(ROOT, 'scripts/run-cli.mjs'), join(project, 'scripts/run-cli.mjs'));
  for (const f of ['package.json', 'package-lock.json', 'tsconfig.json']) copyFileSync(join(ROOT, f), join(project, f));
  symlinkSync(join(ROOT, 'src'), join(project, 'src'));
  mkdirSync(join(project, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) if (name !== '.cache') symlinkSync(join(ROOT, 'node_modules', name), join(project, 'node_modules', name));
}

const run = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [join(project, 'scripts/run-cli.mjs'), ...args], { cwd: project, env: { ...process.env, FUNDWATCH_CACHE: 'off' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

describe('run-cli.mjs: a bundle folder left without its bundle', () => {
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('builds the bundle into it and runs, the folder’s cache given up', async () => {
    layOut();
    const first = await run('analyze', '--data', join(ROOT, 'data/sample'), '--json');
    expect(first.code, first.stderr).toBe(0);
    const bundles = join(project, 'node_modules/.cache/fundwatch-cli');
    const [hash] = readdirSync(bundles).filter((n) => /^[0-9a-f]{20}$/.test(n));
    expect(hash).toBeDefined();
    const folder = join(bundles, hash ?? '');
    // As a run of these sources leaves it when its bundle was removed under it: the dataset cache alone.
    for (const name of readdirSync(folder)) rmSync(join(folder, name), { recursive: true, force: true });
    mkdirSync(join(folder, 'datasets'));
    writeFileSync(join(folder, 'datasets/entry.json'), '{}');
    const again = await run('analyze', '--data', join(ROOT, 'data/sample'), '--json');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(existsSync(join(folder, 'main.mjs'))).toBe(true);
  }, 180_000);
});
