// The engine-start script: a classic script at the top of the built
// index.html's head that starts DuckDB's worker while the HTML is still
// being parsed, ~50 ms after navigation, where the page's modules could
// only start it once they had arrived and run (~0.7 s: a new worker
// starts only when the page's thread is free, and the entry's evaluation and
// first render hold it). The page's boot (src/engine/runtime/browserBoot.ts)
// takes that worker over, with the replies it sent meanwhile, instead of
// starting its own. The same address, bundle choice and message id come from
// src/engine/runtime/bootParams.ts; the files' built names come in as the
// script tag's data attributes (the script itself is fixed text, so its file
// name is known before the bundle is). No inline script: the page's CSP
// (csp.ts) allows none. The dev server gets no such script; the page starts
// the worker itself there, as it does where this one did not run.
import { createHash } from 'node:crypto';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { BOOT_MESSAGE_ID, EARLY_WORKER_KEY, EXCEPTIONS_PROBE } from '../../src/engine/runtime/bootParams.js';

/** The files the script needs, by their names in @duckdb/duckdb-wasm and src/engine/runtime. */
export const ENGINE_FILES = {
  boot: 'duckdbBootWorker.js',
  ehWorker: 'duckdb-browser-eh.worker.js',
  ehWasm: 'duckdb-eh.wasm',
  mvpWorker: 'duckdb-browser-mvp.worker.js',
  mvpWasm: 'duckdb-mvp.wasm',
} as const;

export type EngineFiles = Record<keyof typeof ENGINE_FILES, string>;

/** The data attribute that carries each file's address (relative to the page). */
const ATTRIBUTE: EngineFiles = { boot: 'data-boot', ehWorker: 'data-eh-worker', ehWasm: 'data-eh-wasm', mvpWorker: 'data-mvp-worker', mvpWasm: 'data-mvp-wasm' };

export function engineStartScript(): string {
  const c = JSON.stringify;
  // bootParams.bootWorkerUrl's address, written out in ES5 (the parameters in the same order, so the page finds the same href).
  return `(function () {
  var tag = document.currentScript, early;
  if (!tag || typeof Worker !== 'function' || typeof WebAssembly !== 'object') return;
  try {
    var d = tag.dataset, base = document.baseURI;
    if (!d.boot || !d.ehWorker || !d.ehWasm || !d.mvpWorker || !d.mvpWasm) return;
    var abs = function (u) { return new URL(u, base).href; };
    var eh = WebAssembly.validate(new Uint8Array(${c(EXCEPTIONS_PROBE)}));
    var url = new URL(abs(d.boot));
    url.searchParams.set('script', abs(eh ? d.ehWorker : d.mvpWorker));
    url.searchParams.set('wasm', abs(eh ? d.ehWasm : d.mvpWasm));
    url.searchParams.set('id', ${c(String(BOOT_MESSAGE_ID))});
    var worker = new Worker(url.href);
    early = { url: url.href, worker: worker, replies: [], failure: null };
    var keep = function (e) { early.replies.push(e.data); };
    var fail = function (e) { if (early.failure === null) early.failure = String(e.message || ''); };
    early.release = function () { worker.removeEventListener('message', keep); worker.removeEventListener('error', fail); };
    worker.addEventListener('message', keep);
    worker.addEventListener('error', fail);
    window[${c(EARLY_WORKER_KEY)}] = early;
  } catch (e) {
    // The page starts the worker itself.
  }
})();
`;
}

/** The script tag: its file, and each engine file's built address as a data attribute. */
export function engineStartTag(scriptFile: string, files: EngineFiles): HtmlTagDescriptor {
  const attrs: Record<string, string> = { src: `./${scriptFile}` };
  for (const key of Object.keys(ATTRIBUTE) as (keyof EngineFiles)[]) attrs[ATTRIBUTE[key]] = files[key];
  return { tag: 'script', attrs, injectTo: 'head-prepend' };
}

interface BundleEntry {
  type: string;
  fileName: string;
  names?: string[];
  name?: string;
}

/** The built names (`assets/x-hash.ext`) of ENGINE_FILES in a bundle; an error naming what is missing. */
export function builtEngineFiles(bundle: Record<string, BundleEntry>): EngineFiles {
  const found: Partial<EngineFiles> = {};
  for (const entry of Object.values(bundle)) {
    if (entry.type !== 'asset') continue;
    const names = entry.names ?? (entry.name === undefined ? [] : [entry.name]);
    for (const key of Object.keys(ENGINE_FILES) as (keyof EngineFiles)[]) {
      if (names.includes(ENGINE_FILES[key])) found[key] = `./${entry.fileName}`;
    }
  }
  const missing = (Object.keys(ENGINE_FILES) as (keyof EngineFiles)[]).filter((k) => found[k] === undefined);
  if (missing.length > 0) throw new Error(`engine-start script: the bundle has no ${missing.map((k) => ENGINE_FILES[k]).join(', ')}`);
  return found as EngineFiles;
}

export function engineStartPlugin(): Plugin {
  const script = engineStartScript();
  const scriptFile = `assets/engine-start-${createHash('sha256').update(script).digest('hex').slice(0, 8)}.js`;
  return {
    name: 'fundwatch-engine-start',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'asset', fileName: scriptFile, source: script });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        return [engineStartTag(scriptFile, builtEngineFiles(ctx.bundle as unknown as Record<string, BundleEntry>))];
      },
    },
  };
}
