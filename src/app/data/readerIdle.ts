// When the reader is leaving the page alone. Background work (computing the
// other quarters, prefetch.ts) runs only then: a click, a key or a scroll is
// someone waiting for an answer, and on a two-core machine the engine's one
// task at a time should be theirs. Moving the pointer is reading (tooltips),
// not asking, so it does not count.

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

let lastInput = 0;
let watching = false;

function watch(): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  const note = (): void => {
    lastInput = performance.now();
  };
  for (const type of INPUT_EVENTS) window.addEventListener(type, note, { capture: true, passive: true });
}

/** Counts from now, as if the reader had just acted (e.g. when the answer they waited for is drawn). */
export function restartReaderIdle(): void {
  watch();
  lastInput = performance.now();
}

/**
 * Resolves once the reader has not clicked, typed or scrolled for `ms`
 * (within 250 ms of `cancelled()` turning true).
 */
export function readerIdle(ms: number, cancelled: () => boolean): Promise<void> {
  watch();
  return new Promise((resolve) => {
    const check = (): void => {
      const wait = lastInput + ms - performance.now();
      if (cancelled() || wait <= 0) resolve();
      // A cancel is seen within a quarter of a second.
      else setTimeout(check, Math.min(Math.max(wait, 50), 250));
    };
    check();
  });
}
