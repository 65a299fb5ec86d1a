// Performance marks that `npm run bench` (scripts/bench) reads with
// performance.getEntriesByName; they cost one MutationObserver.
//  fundwatch:first-chart  — the first chart drawn with real numbers (snapshot or engine);
//  fundwatch:ready        — the engine's own numbers on screen and every overview chart drawn;
//  fundwatch:charts-drawn — after a change, every chart of the dashboard drawn again
//                           (detail: the view on screen), one per change.
export const MARK_FIRST_CHART = 'fundwatch:first-chart';
export const MARK_READY = 'fundwatch:ready';
export const MARK_CHARTS_DRAWN = 'fundwatch:charts-drawn';
/** The build's first screen could not be taken over and was rendered afresh (main.tsx; detail: React's reason). */
export const MARK_FIRST_SCREEN_DISCARDED = 'fundwatch:first-screen-discarded';

export interface DrawnDetail {
  quarter: string | null;
  region: string | null;
  fund: string | null;
  source: string | null;
  busy: boolean;
}

function markOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

export function watchChartDrawing(root: HTMLElement): void {
  let redrawn = false;
  const check = (): void => {
    const dashboard = root.querySelector<HTMLElement>('[data-testid="dashboard"]');
    if (!dashboard) return;
    const charts = Array.from(dashboard.querySelectorAll('.chart'));
    const ready = charts.filter((c) => c.getAttribute('data-state') === 'ready').length;
    if (ready > 0) markOnce(MARK_FIRST_CHART);
    if (charts.length === 0 || ready < charts.length) return;
    const detail: DrawnDetail = {
      quarter: dashboard.getAttribute('data-quarter'),
      region: dashboard.getAttribute('data-region'),
      fund: dashboard.getAttribute('data-fund'),
      source: dashboard.getAttribute('data-source'),
      busy: dashboard.getAttribute('aria-busy') === 'true',
    };
    if (detail.source === 'engine' && !detail.busy) markOnce(MARK_READY);
    if (redrawn) {
      redrawn = false;
      performance.mark(MARK_CHARTS_DRAWN, { detail });
    }
  };
  new MutationObserver((records) => {
    // A draw may start and finish before the observer runs: its old value tells.
    if (records.some((r) => r.attributeName === 'data-state' && r.oldValue === 'drawing')) redrawn = true;
    check();
  }).observe(root, { subtree: true, childList: true, attributes: true,
    attributeOldValue: true,
    attributeFilter: ['data-state', 'data-source', 'aria-busy'],
  });
}

/** Settles when MARK_READY is set, or after `waitMs`. */
export function afterReady(waitMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    if (performance.getEntriesByName(MARK_READY, 'mark').length > 0) {
      resolve();
      return;
    }
    const timer = setTimeout(done, waitMs);
    let observer: PerformanceObserver | null = null;
    function done(): void {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    }
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName(MARK_READY, 'mark').length > 0) done();
      });
      observer.observe({ type: 'mark' });
    } catch {
      // No PerformanceObserver for marks: the wait alone decides.
    }
  });
}
