// "When the first screen has been drawn": the first chart's performance
// mark (perfMarks.ts), or a fixed wait on a page that draws no chart.
import { MARK_FIRST_CHART } from '../perfMarks';

/** Calls `start` once: when MARK_FIRST_CHART is set (or already was), or after `waitMs`, whichever comes first. */
export function afterFirstScreen(start: () => void, waitMs: number): void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  const fire = (): void => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    start();
  };
  const timer = setTimeout(fire, waitMs);
  if (performance.getEntriesByName(MARK_FIRST_CHART, 'mark').length > 0) {
    fire();
    return;
  }
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(MARK_FIRST_CHART, 'mark').length > 0) fire();
    });
    observer.observe({ type: 'mark' });
  } catch {
    // No PerformanceObserver for marks: the wait alone decides.
  }
}
