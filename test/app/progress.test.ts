// The status line's store while the page takes over the build's first screen
// (main.tsx): a change then is kept, not told, so React does not throw the
// first screen away to render an update mid-hydration; the last one is told
// once the page is in place.
import { describe, expect, it } from 'vitest';
import { holdStatus, setStatus, STATUS_TEXT, subscribeStatus } from '../../src/app/data/progress';

describe('status store', () => {
  it('keeps changes from its listeners while held, then tells them once', () => {
    let told = 0;
    const unsubscribe = subscribeStatus(() => (told += 1));
    try {
      const release = holdStatus();
      setStatus({ message: { zh: '正在启动分析引擎… 40%', en: 'Starting the analysis engine… 40%' } });
      setStatus({ message: STATUS_TEXT.loadingBuiltin });
      expect(told).toBe(0);
      release();
      expect(told).toBe(1);
      setStatus({ message: null });
      expect(told).toBe(2);
      // Released with nothing missed: no needless render.
      holdStatus()();
      expect(told).toBe(2);
    } finally {
      unsubscribe();
      setStatus({ message: STATUS_TEXT.engineStarting, fatal: null });
    }
  });
});
