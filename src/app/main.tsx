// Entry point. Importing data/engine first starts the engine download
// before React renders anything; ECharts is asked for next, while the first
// screen shows its build-time pictures.
import './data/engine';
import { loadEcharts } from '../charts/loadEcharts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { LangProvider } from './i18n/LangProvider';
import { watchChartDrawing } from './perfMarks';
import './styles.css';
import './pages.css';

void loadEcharts();

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false, refetchOnReconnect: false } },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
watchChartDrawing(root);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LangProvider>
        <App />
      </LangProvider>
    </QueryClientProvider>
  </StrictMode>,
);
