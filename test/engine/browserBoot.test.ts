// Starting DuckDB's worker early (engine/browserBoot.ts, duckdbBootWorker.js):
// which bundle, what the wrapper worker is told, and how its replies settle
// the boot. The real worker runs in every browser test; here a fake stands in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext, Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BOOT_MESSAGE_ID, bootWorker, pickBundle, type BootProgress, type Bundle } from '../../src/engine/runtime/browserBoot';
import { EARLY_WORKER_KEY, type EarlyWorker } from '../../src/engine/runtime/bootParams';
import { statSync } from 'node:fs';

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

const BUNDLE = {
  mainModule: 'http://127.0.0.1:8000/assets/duckdb-eh-x.wasm',
  mainWorker: 'http://127.0.0.1:8000/assets/duckdb-browser-eh.worker-x.js',
  moduleBytes: 0,
};

function boot(bundle: Bundle = BUNDLE): { worker: FakeWorker; booted: ReturnType<typeof bootWorker> } {
  let worker: FakeWorker | undefined;
  const booted = bootWorker({
    bundle,
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

  it("knows each wasm file's own size, which the download is measured against", () => {
    const dist = join(process.cwd(), 'node_modules/@duckdb/duckdb-wasm/dist');
    expect(pickBundle(() => true).moduleBytes).toBe(statSync(join(dist, 'duckdb-eh.wasm')).size);
    expect(pickBundle(() => false).moduleBytes).toBe(statSync(join(dist, 'duckdb-mvp.wasm')).size);
    expect(pickBundle(() => true).moduleBytes).toBeGreaterThan(30_000_000);
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

  it("measures the download against the wasm's size, not a compressed Content-Length", () => {
    const { worker, booted } = boot({ ...BUNDLE, moduleBytes: 34_242_586 });
    const seen: BootProgress[] = [];
    booted.onProgress((p) => seen.push(p));
    // Brotli: 6 MB on the wire, counted as decompressed bytes by DuckDB's worker.
    worker.reply({ requestId: BOOT_MESSAGE_ID, type: 'INSTANTIATE_PROGRESS', data: { bytesLoaded: 17_121_293, bytesTotal: 6_187_000 } });
    // A host without compression: Content-Length is the file's size.
    worker.reply({ requestId: BOOT_MESSAGE_ID, type: 'INSTANTIATE_PROGRESS', data: { bytesLoaded: 34_242_586, bytesTotal: 34_242_586 } });
    expect(seen).toEqual([
      { bytesLoaded: 17_121_293, bytesTotal: 34_242_586 },
      { bytesLoaded: 34_242_586, bytesTotal: 34_242_586 },
    ]);
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
  const WORKER_JS = readFileSync(join(import.meta.dirname, '../../src/engine/runtime/duckdbBootWorker.js'), 'utf8');
  const DIST = join(import.meta.dirname, '../../node_modules/@duckdb/duckdb-wasm/dist');
  const EAGER = 'GOT[r]||(GOT[r]=new WebAssembly.Global({value:"i32",mutable:!0})),(t||GOT[r].value==0)&&';
  const ON_DEMAND = 'GOT[r]&&(t||GOT[r].value==0)&&';

  interface Run {
    /** What importScripts was given: a URL, or for a blob the text it held. */
    imported: string[];
    received: unknown[];
  }

  /**
   * Runs the wrapper in a fresh global scope as a worker would: XMLHttpRequest
   * answers with `duckdbScript`; importScripts "runs" a script by setting
   * onmessage, as DuckDB's does, or throws for a blob when `refuseBlobs`.
   */
  async function run(duckdbScript: string, refuseBlobs = false): Promise<Run> {
    const imported: string[] = [];
    const received: unknown[] = [];
    const blobs = new Map<string, Blob>();
    const pending: Promise<void>[] = [];
    const self: { location: { search: string }; onmessage: ((e: { data: unknown }) => void) | null } = {
      location: { search: `?${new URLSearchParams({ script: BUNDLE.mainWorker, wasm: BUNDLE.mainModule, id: String(BOOT_MESSAGE_ID) }).toString()}` },
      onmessage: null,
    };
    class FakeRequest {
      status = 0;
      responseText = '';
      url = '';
      open(method: string, url: string, async: boolean): void {
        expect([method, async]).toEqual(['GET', false]);
        this.url = url;
      }
      send(): void {
        expect(this.url).toBe(BUNDLE.mainWorker);
        this.status = 200;
        this.responseText = duckdbScript;
      }
    }
    const order: string[] = [];
    const sandbox = {
      self,
      URLSearchParams,
      Blob,
      XMLHttpRequest: FakeRequest,
      URL: {
        createObjectURL: (blob: Blob) => {
          const url = `blob:boot/${blobs.size}`;
          blobs.set(url, blob);
          return url;
        },
        revokeObjectURL: (url: string) => order.push(`revoke ${url}`),
      },
      importScripts: (url: string) => {
        order.push(`import ${url}`);
        const blob = blobs.get(url);
        if (blob && refuseBlobs) throw new Error('Refused to load the script: Content Security Policy');
        if (blob) pending.push(blob.text().then((text) => void imported.push(text)));
        else imported.push(url);
        // What DuckDB's worker script does: `globalThis.onmessage = async e => dispatcher.onMessage(e.data)`.
        self.onmessage = (e) => received.push(e.data);
      },
    };
    runInNewContext(WORKER_JS, sandbox);
    await Promise.all(pending);
    if (blobs.size > 0) expect(order.at(-1), 'the blob URL is revoked after use').toMatch(/^revoke blob:/);
    return { imported, received };
  }

  const INSTANTIATE = { messageId: BOOT_MESSAGE_ID, type: 'INSTANTIATE', data: [BUNDLE.mainModule, null] };

  it.each(['duckdb-browser-eh.worker.js', 'duckdb-browser-mvp.worker.js'])(
    'runs the pinned %s with GOT entries filled on demand, then hands it the INSTANTIATE AsyncDuckDB would send',
    async (file) => {
      const shipped = readFileSync(join(DIST, file), 'utf8');
      expect(shipped.split(EAGER)).toHaveLength(2); // exactly once
      const { imported, received } = await run(shipped);
      expect(imported).toEqual([shipped.replace(EAGER, ON_DEMAND)]);
      expect(() => new Script(imported[0] ?? '')).not.toThrow();
      expect(received).toEqual([INSTANTIATE]);
    },
  );

  it('runs a DuckDB worker script without that expression as it is, from its own URL', async () => {
    const { imported, received } = await run('globalThis.onmessage = async (e) => dispatcher.onMessage(e.data);');
    expect(imported).toEqual([BUNDLE.mainWorker]);
    expect(received).toEqual([INSTANTIATE]);
  });

  it('falls back to the shipped script where a blob script is refused', async () => {
    const { imported, received } = await run(`var GOT={};${EAGER}0;`, true);
    expect(imported).toEqual([BUNDLE.mainWorker]);
    expect(received).toEqual([INSTANTIATE]);
  });
});

describe('duckdbBootWorker.js: the wasm fetched and compiled before DuckDB\'s script is imported', () => {
  const WORKER_JS = readFileSync(join(import.meta.dirname, '../../src/engine/runtime/duckdbBootWorker.js'), 'utf8');
  const WASM_URL = 'http://127.0.0.1:8000/assets/duckdb-eh-x.wasm';
  // The smallest valid module: the magic number and version.
  const EMPTY_MODULE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);

  function start(options: { compiles?: boolean } = {}) {
    const order: string[] = [];
    const nativeCalls: unknown[] = [];
    const fetched: Response[] = [];
    const nativeFetch = (input: string | Request): Promise<Response> => {
      const url = typeof input === 'string' ? input : input.url;
      order.push(`fetch ${url}`);
      const response = new Response(EMPTY_MODULE, { headers: { 'content-type': 'application/wasm' } });
      fetched.push(response);
      return Promise.resolve(response);
    };
    const nativeInstantiateStreaming = (source: unknown) => {
      nativeCalls.push(source);
      return Promise.resolve({ module: 'native', instance: 'native' });
    };
    const wasm = {
      compileStreaming: (r: Promise<Response> | Response) =>
        options.compiles === false ? Promise.reject(new Error('Incorrect response MIME type')) : WebAssembly.compileStreaming(r),
      instantiateStreaming: nativeInstantiateStreaming,
      instantiate: (m: WebAssembly.Module, imports: WebAssembly.Imports) => WebAssembly.instantiate(m, imports),
    };
    const self: Record<string, unknown> = {
      location: { search: `?${new URLSearchParams({ script: BUNDLE.mainWorker, wasm: WASM_URL, id: String(BOOT_MESSAGE_ID) }).toString()}`, href: 'http://127.0.0.1:8000/assets/boot.js' },
      onmessage: null,
      fetch: nativeFetch,
    };
    class FakeRequest {
      status = 404;
      responseText = '';
      open(): void {}
      send(): void {}
    }
    runInNewContext(WORKER_JS, {
      self,
      URLSearchParams,
      URL,
      Blob,
      WebAssembly: wasm,
      XMLHttpRequest: FakeRequest,
      importScripts: (url: string) => {
        order.push(`import ${url}`);
        self.onmessage = () => undefined;
      },
    });
    return { order, self, wasm, nativeFetch, nativeInstantiateStreaming, nativeCalls, fetched };
  }

  /** What DuckDB's instantiateWasm does: fetch a Request, count the bytes through a TransformStream, instantiateStreaming. */
  async function duckdbInstantiates(self: Record<string, unknown>, wasm: { instantiateStreaming: (s: unknown, i: unknown) => Promise<unknown> }) {
    let counted = 0;
    const response = await (self.fetch as (r: Request) => Promise<Response>)(new Request(WASM_URL));
    const counting = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        counted += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const result = await wasm.instantiateStreaming(Promise.resolve(new Response(response.body?.pipeThrough(counting), response)), {});
    return { response, result, counted: () => counted };
  }

  it('fetches the wasm before importing the script; DuckDB gets that response, its progress, and the module compiled meanwhile', async () => {
    const { order, self, wasm, nativeFetch, nativeInstantiateStreaming, nativeCalls, fetched } = start();
    expect(order).toEqual([`fetch ${WASM_URL}`, `import ${BUNDLE.mainWorker}`]);
    const { response, result, counted } = await duckdbInstantiates(self, wasm);
    expect(response).toBe(fetched[0]);
    expect(fetched).toHaveLength(1); // one download
    const { module, instance } = result as { module: unknown; instance: unknown };
    expect(module).toBeInstanceOf(WebAssembly.Module);
    expect(instance).toBeInstanceOf(WebAssembly.Instance);
    expect(counted()).toBe(EMPTY_MODULE.byteLength); // DuckDB's progress stream was read through
    expect(nativeCalls).toEqual([]);
    // Each stand-in served once: the originals are back.
    expect(self.fetch).toBe(nativeFetch);
    expect(wasm.instantiateStreaming).toBe(nativeInstantiateStreaming);
  });

  it("leaves DuckDB's own instantiation to run, on a second download, where the early compile failed", async () => {
    const { self, wasm, nativeCalls, fetched } = start({ compiles: false });
    const run = await duckdbInstantiates(self, wasm);
    expect(run.result).toEqual({ module: 'native', instance: 'native' });
    expect(nativeCalls).toHaveLength(1);
    expect(await nativeCalls[0]).toBe(fetched[1]);
    expect(fetched).toHaveLength(2);
    // DuckDB's progress still counted the first download's bytes.
    expect(run.counted()).toBe(EMPTY_MODULE.byteLength);
  });
});

describe('bootWorker and the engine-start script', () => {
  const URL_OF_BOOT = (): string => {
    let url = '';
    bootWorker({ bundle: BUNDLE, base: 'http://127.0.0.1:8000/', scope: {}, makeWorker: (u) => ((url = u), new FakeWorker(u) as unknown as Worker) });
    return url;
  };

  function early(url: string, replies: unknown[] = [], failure: string | null = null) {
    const worker = new FakeWorker(url);
    const released: boolean[] = [];
    const record: EarlyWorker = { url, worker: worker as unknown as Worker, replies, failure, release: () => void released.push(true) };
    return { worker, record, released };
  }

  function adopt(scope: Record<string, unknown>) {
    const made: string[] = [];
    const booted = bootWorker({ bundle: BUNDLE, base: 'http://127.0.0.1:8000/', scope, makeWorker: (u) => (made.push(u), new FakeWorker(u) as unknown as Worker) });
    return { booted, made };
  }

  it('takes over the worker the head script started, with what it said meanwhile, and starts none', async () => {
    const { worker, record, released } = early(URL_OF_BOOT(), [
      { requestId: BOOT_MESSAGE_ID, type: 'INSTANTIATE_PROGRESS', data: { bytesLoaded: 10, bytesTotal: 20 } },
    ]);
    const scope: Record<string, unknown> = { [EARLY_WORKER_KEY]: record };
    const { booted, made } = adopt(scope);
    expect(made).toEqual([]);
    expect(booted.worker).toBe(worker);
    expect(released).toEqual([true]);
    expect(scope[EARLY_WORKER_KEY]).toBeUndefined();
    const seen: BootProgress[] = [];
    booted.onProgress((p) => seen.push(p));
    expect(seen).toEqual([{ bytesLoaded: 10, bytesTotal: 20 }]);
    // What it says from now on reaches the boot's own listener.
    worker.reply({ requestId: BOOT_MESSAGE_ID, type: 'OK', data: null });
    await expect(booted.instantiated).resolves.toBeUndefined();
  });

  it('settles at once on an OK or a failure the head script kept', async () => {
    const url = URL_OF_BOOT();
    const ok = adopt({ [EARLY_WORKER_KEY]: early(url, [{ requestId: BOOT_MESSAGE_ID, type: 'OK', data: null }]).record });
    await expect(ok.booted.instantiated).resolves.toBeUndefined();
    const failed = adopt({ [EARLY_WORKER_KEY]: early(url, [], 'importScripts failed').record });
    await expect(failed.booted.instantiated).rejects.toThrow('DuckDB worker failed to start: importScripts failed');
  });

  it('ends a worker started at another address and starts its own', () => {
    const { worker, record, released } = early('http://127.0.0.1:8000/assets/other.js');
    const { booted, made } = adopt({ [EARLY_WORKER_KEY]: record });
    expect(worker.terminated).toBe(true);
    expect(released).toEqual([true]);
    expect(made).toHaveLength(1);
    expect(booted.worker).not.toBe(worker);
  });
});
