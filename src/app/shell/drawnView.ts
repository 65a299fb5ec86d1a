// Which view an answer is drawn for. The engine's answer holds every view:
// it is drawn for the one asked (marked as updating while it is another
// quarter's, a placeholder). The first screen's stand-in holds only some
// (standIns.ts): it is drawn for the view asked when it holds it, and for
// one it does not the last one it held stays on screen, marked as updating,
// until the engine answers — the page is never replaced by a spinner. The
// data page needs no answer: nothing is kept on it.
import { useState } from 'react';
import type { RegionCode } from '../../domain/types';
import { holdsView, type Holds } from '../data/standIns';
import type { PageId } from '../view/route';

export interface AskedView {
  /** null: the root's. */
  regionCode: RegionCode | null;
  page: PageId;
}

export interface DrawnView extends AskedView {
  /** Not the view asked: the last one the stand-in held, kept on screen. */
  kept: boolean;
}

/**
 * `holds`: what the answer holds, null for the engine's; `own`: the answer is
 * the one asked for (not another quarter's placeholder); `lastHeld`: the
 * last view the stand-in was drawn for. Null: nothing to draw yet.
 */
export function drawnView(holds: Holds | null, own: boolean, asked: AskedView, lastHeld: AskedView | null, anyPage: boolean): DrawnView | null {
  if (holds === null) return { ...asked, kept: false };
  if (own && holdsView(holds, asked.regionCode, asked.page, anyPage)) return { ...asked, kept: false };
  if (asked.page === 'data' || lastHeld === null) return null;
  return { ...lastHeld, kept: true };
}

/** drawnView, remembering the last view the stand-in held (by value, so setting it during render settles at once). */
export function useDrawnView(holds: Holds | null, own: boolean, asked: AskedView, anyPage: boolean): DrawnView | null {
  const [lastHeld, setLastHeld] = useState<AskedView | null>(null);
  const drawn = drawnView(holds, own, asked, lastHeld, anyPage);
  const heldNow = holds !== null && drawn !== null && !drawn.kept;
  if (heldNow && (lastHeld?.regionCode !== asked.regionCode || lastHeld.page !== asked.page)) {
    setLastHeld({ regionCode: asked.regionCode, page: asked.page });
  }
  return drawn;
}
