// The command line as a user runs it (scripts/run-cli.mjs, a child process):
// its exit code and what it printed, never a thrown error.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = join(import.meta.dirname, '../..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(...args: string[]): Promise<Run> {
  return cliWith({}, ...args);
}

/** The same with more environment variables (a TMPDIR of its own, progress forced on). Every run reads its files (FUNDWATCH_CACHE=off) unless the test gives a cache folder. */
export async function cliWith(env: Record<string, string>, ...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [join(ROOT, 'scripts/run-cli.mjs'), ...args], { cwd: ROOT, env: { ...process.env, FUNDWATCH_CACHE: 'off', ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
