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
/* global self, importScripts, URLSearchParams, XMLHttpRequest, URL, Blob */
{
  const params = new URLSearchParams(self.location.search);
  const script = params.get('script');
  const wasm = params.get('wasm');
  const id = Number(params.get('id'));
  if (!script || !wasm || !Number.isSafeInteger(id)) throw new Error('DuckDB boot worker: script, wasm and id are required');
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
