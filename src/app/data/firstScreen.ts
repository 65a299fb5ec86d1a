// The build-time snapshot, revived once when the page starts (a few ms:
// one JSON.parse), so the first screen needs neither the engine nor a fetch;
// it seeds the query cache (seedFirstScreen.ts). Its reach (a city's view,
// the sharing page) follows as a chunk of its own, fetched right after the
// first screen, so the entry script stays small.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import text from 'virtual:fundwatch-snapshot';
import { afterFirstScreen } from './afterFirstScreen';
import { seedReach } from './seedFirstScreen';
import { reviveSnapshot, withReach, type SnapshotReach } from './snapshot';
import { decodeSnapshot } from './snapshotCodec';

export const FIRST_SCREEN = reviveSnapshot(text);

/** Started no later than this after the page has first been drawn, even if no chart has been drawn by then. */
const REACH_WAIT_MS = 300;

let started = false;

function loadReach(onReach: (reach: SnapshotReach) => void): void {
  if (started) return;
  started = true;
  import('virtual:fundwatch-snapshot-reach')
    .then(({ default: reachText }) => onReach(decodeSnapshot<SnapshotReach>(reachText)))
    // Without its reach the snapshot still answers the first screen; the rest waits for the engine.
    .catch(() => undefined);
}

/**
 * The reach's pictures (its cities' views) join the first screen's, in the
 * very object the charts look pictures up in (Root's PrerenderedCharts):
 * a lookup that only grows, read by a chart as it mounts, so the charts
 * already on screen need not render again for keys they never ask for.
 */
function addPictures(reach: SnapshotReach): void {
  Object.assign(FIRST_SCREEN.pictures, reach.pictures ?? {});
}

/** Once the page has been drawn: fetch the snapshot's reach and seed the cache with it. */
export function useSnapshotReach(): void {
  const client = useQueryClient();
  useEffect(() => {
    afterFirstScreen(
      () =>
        loadReach((reach) => {
          addPictures(reach);
          seedReach(client, withReach(FIRST_SCREEN, reach));
        }),
      REACH_WAIT_MS,
    );
  }, [client]);
}
