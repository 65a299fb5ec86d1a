// The build-time snapshot, revived once when the page starts (a few ms:
// one JSON.parse), so the first screen needs neither the engine nor a fetch;
// its reach (a city's view, the sharing page) follows as a chunk of its own,
// fetched right after the first screen, so the entry script stays small.
import { useSyncExternalStore } from 'react';
import text from 'virtual:fundwatch-snapshot';
import { afterFirstScreen } from './afterFirstScreen';
import { reviveSnapshot, withReach, type Snapshot, type SnapshotReach } from './snapshot';
import { decodeSnapshot } from './snapshotCodec';

export const FIRST_SCREEN = reviveSnapshot(text);

/** Started no later than this after the page starts, even if no chart has been drawn by then. */
const REACH_WAIT_MS = 300;

let current: Snapshot = FIRST_SCREEN;
let started = false;
const listeners = new Set<() => void>();

function loadReach(): void {
  if (started) return;
  started = true;
  import('virtual:fundwatch-snapshot-reach')
    .then(({ default: reachText }) => {
      current = withReach(FIRST_SCREEN, decodeSnapshot<SnapshotReach>(reachText));
      for (const listener of listeners) listener();
    })
    // Without its reach the snapshot still answers the first screen; the rest waits for the engine.
    .catch(() => undefined);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  afterFirstScreen(loadReach, REACH_WAIT_MS);
  return () => listeners.delete(listener);
}

/** The snapshot as far as it has arrived: the first screen, then with its reach. */
export function useSnapshot(): Snapshot {
  return useSyncExternalStore(subscribe, () => current);
}
