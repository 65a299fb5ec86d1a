// Entry point. The engine's start is set up first (its worker starts after
// the first chart); the first screen shows its build-time pictures and the
// snapshot's numbers, seeded into the query cache (data/queryClient.ts).
import { startEngine } from './data/engine';
import { holdPictureCharts, loadEcharts } from '../charts/loadEcharts';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './data/queryClient';
import { Root } from './Root';
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

startEngine();

const queryClient = createQueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
watchChartDrawing(root);

// The first screen rendered by the build (prerender.tsx) stays until this render replaces it.
createRoot(root).render(<Root queryClient={queryClient} />);
