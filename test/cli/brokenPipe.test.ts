// `analyze --json | head`: the reader stops reading after a few lines, and
// the command ended with an EPIPE stack trace on stderr. Now it stops, as
// cat and grep do, without a word.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './runCli';

describe('a reader that stops reading', () => {
  it('ends the command quietly, with exit code 0', async () => {
    const child = spawn('node', [join(ROOT, 'scripts/run-cli.mjs'), 'analyze', '--data', join(ROOT, 'data/sample'), '--json'], { cwd: ROOT, env: { ...process.env, FUNDWATCH_CACHE: 'off' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // As head does: the first bytes read, then the pipe closed.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|at .*\.m?js/);
    expect(code).toBe(0);
  });
});
