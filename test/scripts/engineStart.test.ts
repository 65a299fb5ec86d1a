// The engine-start script (scripts/build/engineStart.ts), a classic script
// in the built page's head: it starts DuckDB's wrapper worker at the very
// address the page's boot would use (so browserBoot.ts takes it over), keeps
// what the worker says until then, and lets go when asked. Run here in a
// fresh global scope with a fake Worker; the real one runs in every browser
// test (test/browser/engineStart.test.ts).
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { builtEngineFiles, ENGINE_FILES, engineStartScript, engineStartTag, type EngineFiles } from '../../scripts/build/engineStart';
import { bootWorkerUrl, EARLY_WORKER_KEY, EXCEPTIONS_PROBE, type EarlyWorker } from '../../src/engine/runtime/bootParams';

const FILES: EngineFiles = {
  boot: './assets/duckdbBootWorker-a1.js',
  ehWorker: './assets/duckdb-browser-eh.worker-b2.js',
  ehWasm: './assets/duckdb-eh-c3.wasm',
  mvpWorker: './assets/duckdb-browser-mvp.worker-d4.js',
  mvpWasm: './assets/duckdb-mvp-e5.wasm',
};
const BASE = 'http://127.0.0.1:8000/sub/index.html';
const abs = (u: string): string => new URL(u, BASE).href;

class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  constructor(readonly url: string) {
    super();
    FakeWorker.started.push(this);
  }
  say(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  fail(message: string): void {
    const event = new Event('error') as Event & { message: string };
    event.message = message;
    this.dispatchEvent(event);
  }
}

function run(options: { eh?: boolean; worker?: boolean; dataset?: Record<string, string> } = {}): { window: Record<string, unknown>; probes: Uint8Array[] } {
  FakeWorker.started = [];
  const window: Record<string, unknown> = {};
  const probes: Uint8Array[] = [];
  const tag = engineStartTag('assets/engine-start-x.js', FILES);
  const dataset =
    options.dataset ??
    Object.fromEntries(
      Object.entries(tag.attrs ?? {})
        .filter(([k]) => k.startsWith('data-'))
        .map(([k, v]) => [k.slice(5).replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()), String(v)]),
    );
  runInNewContext(engineStartScript(), {
    window,
    document: { currentScript: { dataset }, baseURI: BASE },
    URL,
    Uint8Array,
    Worker: options.worker === false ? undefined : FakeWorker,
    WebAssembly: {
      validate: (bytes: Uint8Array) => {
        probes.push(bytes);
        return options.eh ?? true;
      },
    },
  });
  return { window, probes };
}

describe('engine-start script', () => {
  it("starts one worker at browserBoot's address for the eh bundle, probed with the same bytes", () => {
    const { window, probes } = run();
    expect(FakeWorker.started.map((w) => w.url)).toEqual([bootWorkerUrl(abs(FILES.boot), abs(FILES.ehWorker), abs(FILES.ehWasm))]);
    expect(probes.map((p) => Array.from(p))).toEqual([EXCEPTIONS_PROBE]);
    const early = window[EARLY_WORKER_KEY] as EarlyWorker;
    expect(early.url).toBe(FakeWorker.started[0]?.url);
    expect(early.worker).toBe(FakeWorker.started[0]);
  });

  it('takes the mvp bundle where wasm exceptions are missing', () => {
    run({ eh: false });
    expect(FakeWorker.started.map((w) => w.url)).toEqual([bootWorkerUrl(abs(FILES.boot), abs(FILES.mvpWorker), abs(FILES.mvpWasm))]);
  });

  it('keeps what the worker says until released, then nothing more', () => {
    const { window } = run();
    const early = window[EARLY_WORKER_KEY] as EarlyWorker;
    const worker = FakeWorker.started[0];
    worker?.say({ requestId: 1, type: 'INSTANTIATE_PROGRESS' });
    worker?.fail('importScripts failed');
    worker?.fail('a second error');
    worker?.say({ requestId: 1, type: 'OK' });
    expect(early.replies).toEqual([
      { requestId: 1, type: 'INSTANTIATE_PROGRESS' },
      { requestId: 1, type: 'OK' },
    ]);
    expect(early.failure).toBe('importScripts failed');
    early.release();
    worker?.say({ requestId: 1, type: 'later' });
    expect(early.replies).toHaveLength(2);
  });

  it('starts nothing without Worker, or when its data attributes are missing (the page starts its own)', () => {
    expect(run({ worker: false }).window[EARLY_WORKER_KEY]).toBeUndefined();
    expect(run({ dataset: {} }).window[EARLY_WORKER_KEY]).toBeUndefined();
    expect(FakeWorker.started).toEqual([]);
  });

  it("finds the engine files' built names in a bundle, and names the ones missing", () => {
    const bundle = Object.fromEntries(
      Object.entries(ENGINE_FILES).map(([key, name]) => [key, { type: 'asset', fileName: `assets/${key}-h.x`, names: [name] }]),
    );
    expect(builtEngineFiles({ ...bundle, js: { type: 'chunk', fileName: 'assets/index.js' } })).toEqual({
      boot: './assets/boot-h.x',
      ehWorker: './assets/ehWorker-h.x',
      ehWasm: './assets/ehWasm-h.x',
      mvpWorker: './assets/mvpWorker-h.x',
      mvpWasm: './assets/mvpWasm-h.x',
    });
    const withoutEh = Object.fromEntries(Object.entries(bundle).filter(([key]) => key !== 'ehWasm'));
    expect(() => builtEngineFiles(withoutEh)).toThrow('the bundle has no duckdb-eh.wasm');
  });
});
