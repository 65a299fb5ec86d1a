// Starting DuckDB's worker early (engine/browserBoot.ts, duckdbBootWorker.js):
// which bundle, what the wrapper worker is told, and how its replies settle
// the boot. The real worker runs in every browser test; here a fake stands in.
import { afterEach, describe, expect, it } from 'vitest';
import { BOOT_MESSAGE_ID, bootWorker, pickBundle, type BootProgress } from '../../src/engine/browserBoot';

class FakeWorker extends EventTarget {
  constructor(readonly url: string) {
    super();
  }
  terminated = false;
  terminate(): void {
    this.terminated = true;
  }
  reply(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  fail(message: string): void {
    const event = new Event('error') as Event & { message: string };
    event.message = message;
    this.dispatchEvent(event);
  }
}

const BUNDLE = { mainModule: 'http://127.0.0.1:8000/assets/duckdb-eh-x.wasm', mainWorker: 'http://127.0.0.1:8000/assets/duckdb-browser-eh.worker-x.js' };

function boot(): { worker: FakeWorker; booted: ReturnType<typeof bootWorker> } {
  let worker: FakeWorker | undefined;
  const booted = bootWorker({
    bundle: BUNDLE,
    base: 'http://127.0.0.1:8000/',
    makeWorker: (url) => {
      worker = new FakeWorker(url);
      return worker as unknown as Worker;
    },
  });
  if (!worker) throw new Error('no worker started');
  return { worker, booted };
}

describe('pickBundle', () => {
  it('takes the eh build where wasm exceptions validate, mvp elsewhere', () => {
    const eh = pickBundle(() => true);
    expect(eh.mainModule).toMatch(/duckdb-eh[^/]*\.wasm$/);
    expect(eh.mainWorker).toMatch(/duckdb-browser-eh\.worker[^/]*\.js$/);
    const mvp = pickBundle(() => false);
    expect(mvp.mainModule).toMatch(/duckdb-mvp[^/]*\.wasm$/);
    expect(mvp.mainWorker).toMatch(/duckdb-browser-mvp\.worker[^/]*\.js$/);
  });

  it('probes with a module that uses a wasm exception instruction: valid here, invalid without the try opcode', () => {
    let probe: Uint8Array<ArrayBuffer> | undefined;
    pickBundle((bytes) => {
      probe = bytes;
      return true;
    });
    if (!probe) throw new Error('no probe');
    // Node 20's V8 has wasm exceptions, like every browser the page supports.
    expect(WebAssembly.validate(probe)).toBe(true);
    expect(pickBundle().mainModule).toMatch(/duckdb-eh/);
    const withoutTry = Uint8Array.from(probe);
    withoutTry[withoutTry.indexOf(6, 20)] = 0xff; // `try` (0x06) → an opcode that does not exist
    expect(WebAssembly.validate(withoutTry)).toBe(false);
  });
});

describe('bootWorker', () => {
  it('starts the wrapper worker with DuckDB worker script, wasm and message id in its address', () => {
    const { worker } = boot();
    const url = new URL(worker.url);
    expect(url.origin).toBe('http://127.0.0.1:8000');
    expect(url.pathname).toMatch(/duckdbBootWorker[^/]*\.js$/);
    expect(url.searchParams.get('script')).toBe(BUNDLE.mainWorker);
    expect(url.searchParams.get('wasm')).toBe(BUNDLE.mainModule);
    expect(Number(url.searchParams.get('id'))).toBe(BOOT_MESSAGE_ID);
  });

  it('reports progress (the latest also to a late listener), ignores other replies and resolves on OK', async () => {
    const { worker, booted } = boot();
    const early: BootProgress[] = [];
    booted.onProgress((p) => early.push(p));
    worker.reply({ requestId: BOOT_MESSAGE_ID, type: 'INSTANTIATE_PROGRESS', data: { bytesLoaded: 1000, bytesTotal: 6_000_000, startedAt: 0 } });
    worker.reply({ requestId: 0, type: 'OK', data: null }); // someone else's request
    worker.reply({ requestId: BOOT_MESSAGE_ID, type: 'INSTANTIATE_PROGRESS', data: { bytesLoaded: 2_500_000, bytesTotal: 6_000_000 } });
    const late: BootProgress[] = [];
    booted.onProgress((p) => late.push(p));
    expect(early).toEqual([
      { bytesLoaded: 1000, bytesTotal: 6_000_000 },
      { bytesLoaded: 2_500_000, bytesTotal: 6_000_000 },
    ]);
    expect(late).toEqual([{ bytesLoaded: 2_500_000, bytesTotal: 6_000_000 }]);

    let settled = false;
    void booted.instantiated.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    worker.reply({ requestId: BOOT_MESSAGE_ID, type: 'OK', data: null });
    await booted.instantiated;
    expect(settled).toBe(true);
    // After OK the boot listens no more: later replies belong to AsyncDuckDB.
    worker.reply({ requestId: BOOT_MESSAGE_ID, type: 'INSTANTIATE_PROGRESS', data: { bytesLoaded: 1, bytesTotal: 1 } });
    expect(early).toHaveLength(2);
  });

  it("rejects with the worker's message on ERROR", async () => {
    const { worker, booted } = boot();
    worker.reply({ requestId: BOOT_MESSAGE_ID, type: 'ERROR', data: { name: 'Error', message: 'wasm streaming compile failed: 404' } });
    await expect(booted.instantiated).rejects.toThrow('wasm streaming compile failed: 404');
  });

  it('rejects when the worker script itself fails', async () => {
    const { worker, booted } = boot();
    worker.fail('Uncaught NetworkError: importScripts failed');
    await expect(booted.instantiated).rejects.toThrow('DuckDB worker failed to start: Uncaught NetworkError: importScripts failed');
  });
});

describe('duckdbBootWorker.js', () => {
  const scope = globalThis as unknown as Record<string, unknown>;
  const saved = { self: scope.self, importScripts: scope.importScripts };
  afterEach(() => {
    scope.self = saved.self;
    scope.importScripts = saved.importScripts;
  });

  it("loads DuckDB's worker script, then hands its message handler the INSTANTIATE it would get from AsyncDuckDB", async () => {
    const received: unknown[] = [];
    const imported: string[] = [];
    const fakeSelf: { location: { search: string }; onmessage: ((e: { data: unknown }) => void) | null } = {
      location: { search: `?${new URLSearchParams({ script: BUNDLE.mainWorker, wasm: BUNDLE.mainModule, id: String(BOOT_MESSAGE_ID) }).toString()}` },
      onmessage: null,
    };
    scope.self = fakeSelf;
    scope.importScripts = (url: string) => {
      imported.push(url);
      // What DuckDB's worker script does: `globalThis.onmessage = async e => dispatcher.onMessage(e.data)`.
      fakeSelf.onmessage = (e) => received.push(e.data);
    };
    // Plain JavaScript without types: imported by path, run for its effect.
    const script = '../../src/engine/duckdbBootWorker.js';
    await import(/* @vite-ignore */ script);
    expect(imported).toEqual([BUNDLE.mainWorker]);
    expect(received).toEqual([{ messageId: BOOT_MESSAGE_ID, type: 'INSTANTIATE', data: [BUNDLE.mainModule, null] }]);
  });
});
