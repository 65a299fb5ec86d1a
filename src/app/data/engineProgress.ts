// The status line while DuckDB's wasm downloads. The worker reports every
// ~20 ms, and each status change re-renders the page from its root (the
// shell reads the status), which cost ~10 ms of main-thread work per report
// (Chrome trace: ~80 reports, ~0.9 s of a core, on a 2-core machine while
// the engine compiles). So the line changes only when its text does, and at
// most every MIN_INTERVAL_MS.
import { Dec, formatPercent } from '../../domain/money';
import type { Label } from '../../domain/lang';
import type { EngineProgress } from '../../engine/runtime/browser';
import { STATUS_TEXT } from './progress';

export const MIN_INTERVAL_MS = 250;

export function describeEngineProgress(progress: EngineProgress): Label {
  const starting = STATUS_TEXT.engineStarting;
  if (progress.bytesTotal <= 0) return starting;
  const share = formatPercent(Dec.min(new Dec(1), new Dec(progress.bytesLoaded).div(progress.bytesTotal)), 0);
  return { zh: `${starting.zh} ${share}`, en: `${starting.en} ${share}` };
}

/** A progress listener that calls `show` with a new text, at most every MIN_INTERVAL_MS (`now` in ms). */
export function throttledEngineProgress(show: (label: Label) => void, now: () => number = () => performance.now()): (progress: EngineProgress) => void {
  let shown: string | null = null;
  let shownAt = -Infinity;
  return (progress) => {
    const at = now();
    if (at - shownAt < MIN_INTERVAL_MS) return;
    const label = describeEngineProgress(progress);
    if (label.zh === shown) return;
    shown = label.zh;
    shownAt = at;
    show(label);
  };
}
