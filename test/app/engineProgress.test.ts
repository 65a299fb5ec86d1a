// The engine's download progress on the status line: the text, and how
// rarely it changes (each change re-renders the page from its root).
import { describe, expect, it } from 'vitest';
import { describeEngineProgress, MIN_INTERVAL_MS, throttledEngineProgress } from '../../src/app/data/engineProgress';
import type { Label } from '../../src/domain/lang';

describe('engine progress', () => {
  it('shows the share of the download, at most 100 %, in both languages', () => {
    expect(describeEngineProgress({ bytesLoaded: 1_500_000, bytesTotal: 6_000_000 })).toEqual({
      zh: '正在启动分析引擎… 25%',
      en: 'Starting the analysis engine… 25%',
    });
    // The worker counts decompressed bytes against a compressed Content-Length.
    expect(describeEngineProgress({ bytesLoaded: 34_000_000, bytesTotal: 6_000_000 }).zh).toBe('正在启动分析引擎… 100%');
    expect(describeEngineProgress({ bytesLoaded: 10, bytesTotal: 0 }).zh).toBe('正在启动分析引擎…');
  });

  it('changes the text only when it differs, and at most every MIN_INTERVAL_MS', () => {
    let clock = 0;
    const shown: Label[] = [];
    const report = throttledEngineProgress((label) => shown.push(label), () => clock);
    const at = (ms: number, loaded: number): void => {
      clock = ms;
      report({ bytesLoaded: loaded, bytesTotal: 1000 });
    };
    at(0, 100); // 10 %: shown
    at(20, 120); // too soon
    at(40, 500); // too soon, although the text differs
    at(MIN_INTERVAL_MS, 100); // time enough, but the same text as shown
    at(MIN_INTERVAL_MS + 20, 600); // 60 %: shown
    at(2 * MIN_INTERVAL_MS + 20, 600); // same text
    at(3 * MIN_INTERVAL_MS + 20, 5000); // 100 %: shown
    at(10 * MIN_INTERVAL_MS, 9000); // still 100 %
    expect(shown.map((l) => l.zh)).toEqual(['正在启动分析引擎… 10%', '正在启动分析引擎… 60%', '正在启动分析引擎… 100%']);
  });
});
