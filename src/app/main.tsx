// Entry point. The engine's start is set up first (its worker starts after
// the first chart); the first screen shows its build-time pictures and the
// snapshot's numbers, seeded into the query cache (data/queryClient.ts).
import { startEngine } from './data/engine';
import { holdPictureCharts, loadEcharts } from '../charts/loadEcharts';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { FIRST_SCREEN_WIDTH } from '../charts/prerendered';
import { holdStatus } from './data/progress';
import { createQueryClient } from './data/queryClient';
import { FIRST_SCREEN_CLASS, NO_FIRST_SCREEN_CLASS } from './firstScreenClasses';
import { Root } from './Root';
import { afterReady, MARK_FIRST_SCREEN_DISCARDED, watchChartDrawing } from './perfMarks';
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

/**
 * The first screen rendered by the build (prerender.tsx), when it is on
 * screen for exactly the address it was rendered for (no query, no hash:
 * any other would differ in its links' attributes, which hydration does not
 * mend). Taken over in place, its elements kept: a fresh render built the
 * whole page again and laid it out a second time on this thread, while
 * DuckDB's wasm compiles beside it on two cores (README, Performance).
 */
function firstScreen(container: HTMLElement): HTMLElement | null {
  const first = container.firstElementChild;
  const shown = !document.documentElement.classList.contains(NO_FIRST_SCREEN_CLASS);
  return first instanceof HTMLElement && first.classList.contains(FIRST_SCREEN_CLASS) && shown && location.search === '' && location.hash === '' ? first : null;
}

const first = firstScreen(root);
if (first) {
  const releaseStatus = holdStatus();
  const live = (): void => {
    first.removeAttribute('inert');
    first.classList.remove(FIRST_SCREEN_CLASS);
    releaseStatus();
  };
  hydrateRoot(first, <Root queryClient={queryClient} prerenderWidth={FIRST_SCREEN_WIDTH} onMounted={live} />, {
    // React rendered the page afresh instead (correct, only slower); the browser tests hold it to never.
    onRecoverableError: (error) => performance.mark(MARK_FIRST_SCREEN_DISCARDED, { detail: error instanceof Error ? error.message : String(error) }),
  });
} else {
  createRoot(root).render(<Root queryClient={queryClient} />);
}
