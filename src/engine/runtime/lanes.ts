// Independent tasks run on the engine and, where it has one, a connection
// beside it (Engine.beside: native DuckDB, whose threads then work on two
// files' SQL at once while JavaScript prepares the next). DuckDB-wasm has
// no such connection and runs them one after another, as before.

import type { Engine } from './engine';

/**
 * `task` for each item, the items taken in order by two lanes (one where the
 * engine has no connection beside it); results by item index, undefined
 * for items not started because `signal` was aborted. Every lane finishes
 * before an error is thrown, so nothing runs on after the caller has
 * cleaned up; the connection beside is closed (its TEMP objects with it).
 */
export async function inLanes<T, R>(
  engine: Engine,
  items: readonly T[],
  task: (item: T, index: number, lane: Engine) => Promise<R>,
  signal?: AbortSignal,
): Promise<(R | undefined)[]> {
  const results: (R | undefined)[] = items.map(() => undefined);
  const beside = items.length > 1 && engine.beside ? await engine.beside() : null;
  let next = 0;
  const lane = async (on: Engine): Promise<void> => {
    while (next < items.length && !signal?.aborted) {
      const index = next++;
      results[index] = await task(items[index] as T, index, on);
    }
  };
  try {
    const settled = await Promise.allSettled([lane(engine), ...(beside ? [lane(beside)] : [])]);
    const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failure) throw failure.reason;
    return results;
  } finally {
    await beside?.close();
  }
}
