// 大屏 big-screen mode lives in the address (`screen=1`), like the language:
// a link opens the meeting-room view directly, and every navigation keeps it.
import { useCallback, useEffect, useState } from 'react';

export const SCREEN_PARAM = 'screen';

export function readScreen(search: string): boolean {
  return new URLSearchParams(search).get(SCREEN_PARAM) === '1';
}

/** `search` with the screen parameter set (on) or removed (off). */
export function withScreen(search: string, on: boolean): string {
  const params = new URLSearchParams(search);
  if (on) params.set(SCREEN_PARAM, '1');
  else params.delete(SCREEN_PARAM);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface ScreenMode {
  on: boolean;
  set: (on: boolean) => void;
}

export function useScreenMode(): ScreenMode {
  const [on, setOn] = useState(() => readScreen(window.location.search));
  useEffect(() => {
    const onPop = () => setOn(readScreen(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const set = useCallback((next: boolean) => {
    const search = withScreen(window.location.search, next);
    // A step the back button undoes: entering the big screen is a navigation.
    window.history.pushState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    setOn(next);
  }, []);
  return { on, set };
}
