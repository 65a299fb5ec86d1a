// The page's whole tree, as the browser renders it (main.tsx) and as the
// build renders the first screen ahead of time (prerender.tsx).
import { StrictMode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { PrerenderedCharts, PrerenderWidth } from '../charts/prerendered';
import { App } from './App';
import { FIRST_SCREEN } from './data/firstScreen';
import { LangProvider } from './i18n/LangProvider';

/** `prerenderWidth`: the width charts take when there is no layout to measure (the build's render only). */
export function Root({ queryClient, prerenderWidth = null }: { queryClient: QueryClient; prerenderWidth?: number | null }) {
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
