// `npm test`: the type check and the linter (side by side: each is ~8 s of
// mostly one core), then every test with Vitest. Arguments after `--` go to
// Vitest (`npm test -- test/domain`). The last line is always the summary
// `N passed, N failed` (test/summaryReporter.ts), or why no test ran.
import { spawn } from 'node:child_process';
import process from 'node:process';

function run(command, args, { capture }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (capture) {
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const started = Date.now();
const bin = (name) => `node_modules/.bin/${name}`;
const [typecheck, lint] = await Promise.all([
  run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], { capture: true }),
  run(bin('eslint'), ['-c', 'scripts/eslint.config.js', '--max-warnings', '0', 'src', 'test', 'scripts'], { capture: true }),
]);
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
for (const [name, result] of [
  ['type check (tsc)', typecheck],
  ['lint (eslint)', lint],
]) {
  process.stdout.write(`${name}: ${result.code === 0 ? 'clean' : 'FAILED'}\n`);
  if (result.output.trim()) process.stdout.write(`${result.output.trimEnd()}\n`);
}
if (typecheck.code !== 0 || lint.code !== 0) {
  process.stdout.write(`\n0 passed, 0 failed (no test ran: ${typecheck.code !== 0 ? 'type check' : 'lint'} failed after ${seconds()} s)\n`);
  process.exit(1);
}
const vitest = await run(bin('vitest'), ['run', ...process.argv.slice(2)], { capture: false });
process.exit(vitest.code);
