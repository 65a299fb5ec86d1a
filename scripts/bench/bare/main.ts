// The engine's floor for `npm run bench` (bare_engine_ms): DuckDB-wasm
// started the way the app starts it (browserBoot.ts's worker, attached by
// AsyncDuckDB as browser.ts does), at once, answering SELECT 1. It is built
// against the app's own assets (scripts/bench/build.ts, buildBarePage): the
// same wasm, DuckDB worker script and boot script, from the same server,
// and the app's engine-start script in its head: its worker starts as early.
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import { bootWorker } from '../../../src/engine/runtime/browserBoot';

const MARK_BARE_ENGINE = 'fundwatch:bare-engine';

const out = document.getElementById('out');

async function main(): Promise<void> {
  const booted = bootWorker();
  await booted.instantiated;
  const db = new AsyncDuckDB(new VoidLogger(), booted.worker);
  const conn = await db.connect();
  const one = (await conn.query('SELECT 1 AS one')).getChild('one')?.get(0) as unknown;
  if (Number(one) !== 1) throw new Error(`SELECT 1 answered ${String(one)}`);
  performance.mark(MARK_BARE_ENGINE);
  if (out) out.textContent = 'ready';
}

main().catch((e: unknown) => {
  if (out) out.textContent = `error: ${e instanceof Error ? e.message : String(e)}`;
});
