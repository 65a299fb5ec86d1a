// The address bar as the single source of the view: reading it on every
// render and on back/forward, writing it with pushState on every change.
import { useCallback, useEffect, useState } from 'react';
import { parseSearch, serializeView, type RawViewState, type ViewState } from './viewState';

export function useRawView(): { raw: RawViewState; navigate: (next: ViewState) => void } {
  const [search, setSearch] = useState(() => window.location.search);

  useEffect(() => {
    const onPop = () => setSearch(window.location.search);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((next: ViewState) => {
    const target = serializeView(next);
    if (target === window.location.search) return;
    window.history.pushState(null, '', target);
    setSearch(target);
  }, []);

  return { raw: parseSearch(search), navigate };
}
