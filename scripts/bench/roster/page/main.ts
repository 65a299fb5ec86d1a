// Browser side of the roster benchmark: the engine starts at once; the
// timing runs from the moment files are picked (reading them included)
// to the matching summary, the same span the native side times. The files
// go to loadDataset as the app hands them over (src/app/data/userFiles.ts):
// the picked Files themselves, read by the engine.
// ?trace=1 (scripts/bench/roster/profile.ts): `window.rosterStep` names the
// statement running, and `window.rosterTrace` times every engine call (`at`:
// its start on the page's clock, so the gaps are the page's own work).
// ?dataPage=1 (profile.ts --data-page): after the timed span, also the data
// page's other roster queries (suspected uninsured by region, the first
// page of the follow-up list, as RosterSection reads them), untimed by the
// benchmark, to see their memory.
import type { Engine } from '../../../../src/engine/runtime/engine';
import { createBrowserEngine } from '../../../../src/engine/runtime/browser';
import { readRosterFollowUp, readUninsuredByRegion } from '../../../../src/engine/queries/roster';
import { DEFAULT_POLICY_FILE } from '../../../../src/domain/policy/policy';
import { loadAndMatch, type RosterRun } from '../match';

declare global {
  interface Window {
    rosterResult?: RosterRun | { error: string };
    rosterEngineReady?: boolean;
    rosterStep?: string;
    rosterTrace?: { step: string; at: number; ms: number }[];
    rosterDataPage?: { uninsuredRows: number; followUpRows: number; ms: number };
  }
}

const params = new URLSearchParams(location.search);

/** The engine with every call named and timed. */
function traced(engine: Engine): Engine {
  const trace: { step: string; at: number; ms: number }[] = [];
  window.rosterTrace = trace;
  const wrap =
    <A extends unknown[], R>(name: string, call: (...args: A) => Promise<R>, label: (...args: A) => string) =>
    async (...args: A): Promise<R> => {
      const step = `${name} ${label(...args)}`.replace(/\s+/g, ' ').slice(0, 120);
      window.rosterStep = step;
      const t0 = performance.now();
      try {
        return await call(...args);
      } finally {
        trace.push({ step, at: Math.round(t0), ms: Math.round(performance.now() - t0) });
        window.rosterStep = '';
      }
    };
  return {
    ...engine,
    registerFile: wrap('registerFile', engine.registerFile.bind(engine), (name) => name),
    registerBlob: wrap('registerBlob', engine.registerBlob.bind(engine), (name) => name),
    query: wrap('query', engine.query.bind(engine), (sql) => sql.replace(/--[^\n]*\n/g, ' ').trim()),
  };
}

// RosterSection's first page (FOLLOW_UP_PAGE_SIZE), without importing React here.
const FIRST_PAGE = { offset: 0, limit: 200 };

const enginePromise = createBrowserEngine().then((engine) => {
  window.rosterEngineReady = true;
  return params.get('trace') === '1' ? traced(engine) : engine;
});
const input = document.getElementById('files') as HTMLInputElement;
const out = document.getElementById('out') as HTMLElement;

input.addEventListener('change', () => {
  void (async () => {
    try {
      const engine = await enginePromise;
      const quarter = params.get('q') ?? '';
      const t0 = performance.now();
      const files = Array.from(input.files ?? []).map((f) => ({ name: f.name, blob: f }));
      const readMs = performance.now() - t0;
      const run = await loadAndMatch(engine, files, quarter, () => performance.now());
      if (params.get('dataPage') === '1') {
        const t1 = performance.now();
        const uninsured = await readUninsuredByRegion(engine, quarter, DEFAULT_POLICY_FILE);
        const followUp = await readRosterFollowUp(engine, quarter, DEFAULT_POLICY_FILE, FIRST_PAGE);
        window.rosterDataPage = { uninsuredRows: uninsured.length, followUpRows: followUp.length, ms: Math.round(performance.now() - t1) };
      }
      window.rosterResult = { ...run, ms: run.ms + readMs };
      out.textContent = JSON.stringify(window.rosterResult);
    } catch (e) {
      window.rosterResult = { error: e instanceof Error ? e.message : String(e) };
      out.textContent = window.rosterResult.error;
    }
  })();
});
