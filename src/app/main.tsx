// Entry point. Importing data/engine first sets up the engine's start (after
// the first chart); the first screen shows its build-time pictures and the
// snapshot's numbers, seeded into the query cache (data/queryClient.ts).
import './data/engine';
import { holdPictureCharts, loadEcharts } from '../charts/loadEcharts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { PrerenderedCharts } from '../charts/prerendered';
import { App } from './App';
import { FIRST_SCREEN } from './data/firstScreen';
import { createQueryClient } from './data/queryClient';
import { LangProvider } from './i18n/LangProvider';
import { afterReady, watchChartDrawing } from './perfMarks';
import './styles.css';
import './pages.css';

/** Pictures stay at most this long when the engine is slow or fails. */
const READY_WAIT_MS = 15_000;

// ECharts is fetched at once, for the charts a click draws without a
// picture; it replaces the first screen's pictures only once the engine is
// ready (perfMarks.ts), or when the pointer comes to one: drawing them
// would take CPU from the engine's start.
void loadEcharts();
holdPictureCharts(afterReady(READY_WAIT_MS));

const queryClient = createQueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
watchChartDrawing(root);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LangProvider>
        <PrerenderedCharts.Provider value={FIRST_SCREEN.pictures}>
          <App />
        </PrerenderedCharts.Provider>
      </LangProvider>
    </QueryClientProvider>
  </StrictMode>,
);
