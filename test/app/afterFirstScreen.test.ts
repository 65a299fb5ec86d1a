// When DuckDB's worker starts (src/app/data/engine.ts): once the first chart
// has been drawn, or after a wait on a page without one — exactly once.
import { afterEach, describe, expect, it } from 'vitest';
import { afterFirstScreen } from '../../src/app/data/afterFirstScreen';
import { MARK_FIRST_CHART } from '../../src/app/perfMarks';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => performance.clearMarks(MARK_FIRST_CHART));

describe('afterFirstScreen', () => {
  it('starts when the first chart is marked, not before, and only once', async () => {
    let started = 0;
    afterFirstScreen(() => (started += 1), 5_000);
    await sleep(20);
    expect(started).toBe(0);
    performance.mark('some-other-mark');
    await sleep(20);
    expect(started).toBe(0);
    performance.mark(MARK_FIRST_CHART);
    await sleep(20);
    expect(started).toBe(1);
    performance.mark(MARK_FIRST_CHART);
    await sleep(20);
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
    await sleep(20);
    expect(started).toBe(0);
    await sleep(60);
    expect(started).toBe(1);
    performance.mark(MARK_FIRST_CHART);
    await sleep(20);
    expect(started).toBe(1);
  });
});
