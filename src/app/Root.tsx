// The page's whole tree, as the browser renders it (main.tsx) and as the
// build renders the first screen ahead of time (prerender.tsx).
import { StrictMode, useLayoutEffect } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { PrerenderedCharts, PrerenderWidth } from '../charts/prerendered';
import { App } from './App';
import { FIRST_SCREEN } from './data/firstScreen';
import { LangProvider } from './i18n/LangProvider';

interface RootProps {
  queryClient: QueryClient;
  /** The width charts take before they measure their card: the build's first screen's (prerender.tsx, main.tsx). */
  prerenderWidth?: number | null;
  /** Called once the tree is in the page (main.tsx: the first screen taken over). */
  onMounted?: () => void;
}

export function Root({ queryClient, prerenderWidth = null, onMounted }: RootProps) {
  useLayoutEffect(() => onMounted?.(), [onMounted]);
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LangProvider>
          <PrerenderedCharts.Provider value={FIRST_SCREEN.pictures}>
            <PrerenderWidth.Provider value={prerenderWidth}>
              <App />
            </PrerenderWidth.Provider>
          </PrerenderedCharts.Provider>
        </LangProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}
