// The address bar as the single source of the view and the open page:
// reading it on every render and on back/forward, writing it with pushState
// on every change.
import { useCallback, useEffect, useState } from 'react';
import { LANG_PARAM } from '../i18n/langParam';
import { DATA_PARAM } from './dataParam';
import { parseRoute, serializeLocation, type Route } from './route';
import { readScreen, SCREEN_PARAM } from './screenMode';
import { parseSearch, type RawViewState, type ViewState } from './viewState';

export interface RawView {
  raw: RawViewState;
  route: Route;
  /** Goes to `next`, on `route` (default: the page open now, with its settings). */
  navigate: (next: ViewState, route?: Route) => void;
  /** Goes to `route` with the view as the address names it: before the data has resolved one. */
  goTo: (route: Route) => void;
  /** Changes what the address names of the view, on the page open: a quarter or fund picked while no view is drawn (the user's files still computing). */
  change: (patch: Partial<RawViewState>) => void;
}

export function useRawView(): RawView {
  const [search, setSearch] = useState(() => window.location.search);

  useEffect(() => {
    const onPop = () => setSearch(window.location.search);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const push = useCallback((path: string) => {
    // The language is not part of the view; it stays whatever it is. So does the data the view is of (dataParam.ts).
    // Encoded as the address encodes them (URLSearchParams: a space is +), so that the same view is never pushed twice.
    const now = new URLSearchParams(window.location.search);
    const kept = new URLSearchParams();
    for (const key of [LANG_PARAM, DATA_PARAM]) {
      const value = now.get(key);
      if (value !== null) kept.set(key, value);
    }
    const withKept = kept.size === 0 ? path : `${path}&${kept.toString()}`;
    // So is the big screen: a drill-down there stays there.
    const target = readScreen(window.location.search) ? `${withKept}&${SCREEN_PARAM}=1` : withKept;
    if (target === window.location.search) return;
    window.history.pushState(null, '', target);
    setSearch(target);
  }, []);

  const navigate = useCallback(
    (next: ViewState, route?: Route) => push(serializeLocation(next, route ?? parseRoute(window.location.search))),
    [push],
  );
  const goTo = useCallback((route: Route) => push(serializeLocation(parseSearch(window.location.search), route)), [push]);
  const change = useCallback(
    (patch: Partial<RawViewState>) => push(serializeLocation({ ...parseSearch(window.location.search), ...patch }, parseRoute(window.location.search))),
    [push],
  );

  return { raw: parseSearch(search), route: parseRoute(search), navigate, goTo, change };
}
