// Background work waits for the reader to leave the page alone: a click, a
// key or a scroll restarts the wait; moving the pointer does not.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const target = new EventTarget();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  vi.stubGlobal('window', target);
  vi.resetModules();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('readerIdle', () => {
  it('resolves once the reader has left the page alone for the whole wait, counted from the last click, key or scroll', async () => {
    const { readerIdle, restartReaderIdle } = await import('../../../src/app/data/readerIdle');
    restartReaderIdle();
    const idle = readerIdle(5000, () => false);
    await vi.advanceTimersByTimeAsync(3000);
    target.dispatchEvent(new Event('pointerdown'));
    await vi.advanceTimersByTimeAsync(4000);
    expect(await settled(idle)).toBe(false);
    target.dispatchEvent(new Event('keydown'));
    await vi.advanceTimersByTimeAsync(4999);
    expect(await settled(idle)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(idle)).toBe(true);
  });

  it('is not held back by a moving pointer (reading a tooltip is not asking), and ends within a quarter second of being cancelled', async () => {
    const { readerIdle, restartReaderIdle } = await import('../../../src/app/data/readerIdle');
    restartReaderIdle();
    const idle = readerIdle(5000, () => false);
    for (let t = 0; t < 5; t += 1) {
      target.dispatchEvent(new Event('pointermove'));
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(await settled(idle)).toBe(true);

    let cancelled = false;
    target.dispatchEvent(new Event('wheel'));
    const waiting = readerIdle(5000, () => cancelled);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await settled(waiting)).toBe(false);
    cancelled = true;
    await vi.advanceTimersByTimeAsync(250);
    expect(await settled(waiting)).toBe(true);
  });
});
