// The CLI's main run in this process on DuckDB-wasm and on native DuckDB, for
// the parity tests (parity.test.ts, parity10x.test.ts).
import { main } from '../../src/cli/main';
import type { Engine } from '../../src/engine/runtime/engine';
import { createNativeEngine } from '../../src/engine/runtime/native';
import { testNodeEngine } from '../engine/harness';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(createEngine: () => Promise<Engine>, ...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, createEngine);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The same command on both engines, one after the other (the machine is shared). */
export async function both(...argv: string[]): Promise<{ wasm: Run; native: Run }> {
  const wasm = await run(testNodeEngine, ...argv);
  const native = await run(createNativeEngine, ...argv);
  return { wasm, native };
}
