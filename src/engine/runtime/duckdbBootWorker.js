// DuckDB's own worker script, told to instantiate by itself as soon as it
// runs. A message from the page reaches a starting worker only through the
// page's main thread, which may be busy (a trace: worker ready at 0.9 s,
// the page's INSTANTIATE handled at 1.15 s): with this wrapper the 33 MB
// wasm starts downloading the moment the worker is up. browserBoot.ts starts it
// with `?script=<DuckDB worker URL>&wasm=<wasm URL>&id=<message id>` and
// hears the replies (INSTANTIATE_PROGRESS, then OK or ERROR) under that id,
// as if it had sent the INSTANTIATE message itself. It also spares DuckDB's
// script some needless start-up work (importDuckDBWorker, below).
//
// A classic worker script (importScripts), plain JavaScript shipped as it is
// (a `?url` asset, like DuckDB's worker files): no imports, no build step,
// the same file in `vite` dev and in the build.
/* global self, importScripts, URLSearchParams, XMLHttpRequest, URL, Blob, WebAssembly */
{
  const params = new URLSearchParams(self.location.search);
  const script = params.get('script');
  const wasm = params.get('wasm');
  const id = Number(params.get('id'));
  if (!script || !wasm || !Number.isSafeInteger(id)) throw new Error('DuckDB boot worker: script, wasm and id are required');
  // The wasm's download and compilation first: they then run beside the import of DuckDB's script.
  compileWasmEarly(wasm);
  // Sets the global onmessage of DuckDB's worker (its AsyncDuckDBDispatcher).
  importDuckDBWorker(script);
  if (typeof self.onmessage !== 'function') throw new Error('DuckDB boot worker: the DuckDB worker script set no message handler');
  self.onmessage({ data: { messageId: id, type: 'INSTANTIATE', data: [wasm, null] } });
}

/**
 * DuckDB's worker script with one expression of its Emscripten dynamic
 * linker changed (@duckdb/duckdb-wasm 1.32.0; test/engine/browserBoot.test.ts
 * checks the pinned files). After instantiating the 75,000-export main
 * module, `updateGOT` made a WebAssembly.Global and a table slot
 * (addFunction) for every export, so that side modules (DuckDB extensions)
 * could link against any of them — several hundred ms of the worker's
 * start (Chrome trace: updateGOT, reportUndefinedSymbols). The patched
 * expression fills only the GOT entries that exist, i.e. those the main
 * module imports; a side module's entries are still created on demand by
 * the GOT proxy and resolved by reportUndefinedSymbols, as before. The page
 * never loads extensions anyway (autoload is off). Where the expression is
 * not found, or a blob script cannot be imported, the script runs as shipped.
 */
function importDuckDBWorker(script) {
  const EAGER = 'GOT[r]||(GOT[r]=new WebAssembly.Global({value:"i32",mutable:!0})),(t||GOT[r].value==0)&&';
  const ON_DEMAND = 'GOT[r]&&(t||GOT[r].value==0)&&';
  const request = new XMLHttpRequest();
  request.open('GET', script, false);
  request.send();
  const text = request.status === 200 ? request.responseText : '';
  const at = text.indexOf(EAGER);
  if (at < 0 || text.indexOf(EAGER, at + 1) >= 0) {
    importScripts(script);
    return;
  }
  const patched = URL.createObjectURL(new Blob([text.slice(0, at), ON_DEMAND, text.slice(at + EAGER.length)], { type: 'text/javascript' }));
  try {
    importScripts(patched);
  } catch (e) {
    // A blob: script refused (a Content-Security-Policy): the shipped one. A
    // script that threw while running is not retried.
    if (typeof self.onmessage === 'function') throw e;
    importScripts(script);
  } finally {
    URL.revokeObjectURL(patched);
  }
}

/**
 * Starts fetching and compiling the wasm before DuckDB's 0.8 MB script is
 * imported (a few hundred ms of this thread on a busy 2-core machine), where
 * DuckDB would start both only after it. DuckDB's own request for that URL
 * (@duckdb/duckdb-wasm 1.32.0, instantiateWasm: fetch, a TransformStream
 * counting the bytes for its progress reports, WebAssembly.instantiateStreaming)
 * gets the same response: its progress stream is read to the end, so its
 * reports still come, and the module compiled meanwhile is instantiated with
 * its imports. Each of the two stand-ins serves one call, then puts the
 * original back. Where the early compile failed (a host serving the wasm
 * without its MIME type, say), DuckDB's own path runs on a second download.
 */
function compileWasmEarly(wasm) {
  if (typeof self.fetch !== 'function' || typeof WebAssembly.compileStreaming !== 'function' || typeof WebAssembly.instantiateStreaming !== 'function') return;
  const target = new URL(wasm, self.location.href).href;
  const nativeFetch = self.fetch;
  const nativeInstantiate = WebAssembly.instantiateStreaming;
  const response = nativeFetch(target, { credentials: 'same-origin' });
  const compiled = response.then((r) => (r.ok ? WebAssembly.compileStreaming(r.clone()) : Promise.reject(new Error(`${r.status}`))));
  // Said by DuckDB's own path instead, if it comes to that.
  compiled.catch(() => undefined);
  self.fetch = function fetchOnce(input, init) {
    const url = typeof input === 'string' ? input : input && input.url;
    if (url && new URL(url, self.location.href).href === target) {
      self.fetch = nativeFetch;
      return response;
    }
    return nativeFetch.call(self, input, init);
  };
  WebAssembly.instantiateStreaming = async function instantiateOnce(source, imports) {
    WebAssembly.instantiateStreaming = nativeInstantiate;
    // Read as it arrives (DuckDB's progress reports), not held in the response's tee until the compile is done.
    const drained = Promise.resolve(source).then(async (r) => {
      const reader = r.body && r.body.getReader();
      while (reader && !(await reader.read()).done);
    });
    let module;
    try {
      module = await compiled;
    } catch {
      await drained.catch(() => undefined);
      return nativeInstantiate.call(WebAssembly, nativeFetch(target, { credentials: 'same-origin' }), imports);
    }
    await drained;
    return { module, instance: await WebAssembly.instantiate(module, imports) };
  };
}
