// When DuckDB's worker starts (src/app/data/engine.ts): once the first chart
// has been drawn, or after a wait on a page without one — exactly once.
// Timers are fake and marks are awaited as delivered, so no step depends on
// how fast the machine is.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstScreen } from '../../src/app/data/afterFirstScreen';
import { MARK_FIRST_CHART } from '../../src/app/perfMarks';

/** Sets a mark and resolves once observers have been told of it (they are told together). */
function markDelivered(name: string): Promise<void> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(name, 'mark').length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'mark' });
    performance.mark(name);
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  performance.clearMarks();
});

describe('afterFirstScreen', () => {
  it('starts when the first chart is marked, not before, and only once', async () => {
    let started = 0;
    afterFirstScreen(() => (started += 1), 5_000);
    expect(started).toBe(0);
    await markDelivered('some-other-mark');
    expect(started).toBe(0);
    await markDelivered(MARK_FIRST_CHART);
    expect(started).toBe(1);
    await markDelivered(MARK_FIRST_CHART);
    vi.advanceTimersByTime(5_000);
    expect(started).toBe(1);
  });

  it('starts at once when the first chart was drawn already', () => {
    performance.mark(MARK_FIRST_CHART);
    let started = 0;
    afterFirstScreen(() => (started += 1), 5_000);
    expect(started).toBe(1);
  });

  it('starts after the wait on a page without a chart, and not again when a chart comes later', async () => {
    let started = 0;
    afterFirstScreen(() => (started += 1), 50);
    vi.advanceTimersByTime(49);
    expect(started).toBe(0);
    vi.advanceTimersByTime(1);
    expect(started).toBe(1);
    await markDelivered(MARK_FIRST_CHART);
    expect(started).toBe(1);
  });
});
