// Browser side of the roster benchmark: the engine starts at once; the
// timing runs from the moment files are picked (reading them included)
// to the matching summary, the same span the native side times.
import { createBrowserEngine } from '../../../../src/engine/browser';
import { loadAndMatch, type RosterRun } from '../match';

declare global {
  interface Window {
    rosterResult?: RosterRun | { error: string };
    rosterEngineReady?: boolean;
  }
}

const enginePromise = createBrowserEngine().then((engine) => {
  window.rosterEngineReady = true;
  return engine;
});
const input = document.getElementById('files') as HTMLInputElement;
const out = document.getElementById('out') as HTMLElement;

input.addEventListener('change', () => {
  void (async () => {
    try {
      const engine = await enginePromise;
      const quarter = new URLSearchParams(location.search).get('q') ?? '';
      const t0 = performance.now();
      const files = await Promise.all(
        Array.from(input.files ?? []).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      const readMs = performance.now() - t0;
      const run = await loadAndMatch(engine, files, quarter, () => performance.now());
      window.rosterResult = { ...run, ms: run.ms + readMs };
      out.textContent = JSON.stringify(window.rosterResult);
    } catch (e) {
      window.rosterResult = { error: e instanceof Error ? e.message : String(e) };
      out.textContent = window.rosterResult.error;
    }
  })();
});
