// Entry point. Importing data/engine first starts the engine download
// before React renders anything; ECharts is asked for next, while the first
// screen shows its build-time pictures and the snapshot's numbers, seeded
// into the query cache (data/queryClient.ts).
import './data/engine';
import { loadEcharts } from '../charts/loadEcharts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { PrerenderedCharts } from '../charts/prerendered';
import { App } from './App';
import { FIRST_SCREEN } from './data/firstScreen';
import { createQueryClient } from './data/queryClient';
import { LangProvider } from './i18n/LangProvider';
import { watchChartDrawing } from './perfMarks';
import './styles.css';
import './pages.css';

void loadEcharts();

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
