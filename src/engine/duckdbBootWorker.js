// DuckDB's own worker script, told to instantiate by itself as soon as it
// runs. A message from the page would wait for the page's main thread,
// which is busy drawing the first screen: with this wrapper the 33 MB wasm
// starts downloading the moment the worker is up. browserBoot.ts starts it
// with `?script=<DuckDB worker URL>&wasm=<wasm URL>&id=<message id>` and
// hears the replies (INSTANTIATE_PROGRESS, then OK or ERROR) under that id,
// as if it had sent the INSTANTIATE message itself.
//
// A classic worker script (importScripts), plain JavaScript shipped as it is
// (a `?url` asset, like DuckDB's worker files): no imports, no build step,
// the same file in `vite` dev and in the build.
/* global self, importScripts, URLSearchParams */
{
  const params = new URLSearchParams(self.location.search);
  const script = params.get('script');
  const wasm = params.get('wasm');
  const id = Number(params.get('id'));
  if (!script || !wasm || !Number.isSafeInteger(id)) throw new Error('DuckDB boot worker: script, wasm and id are required');
  // Sets the global onmessage of DuckDB's worker (its AsyncDuckDBDispatcher).
  importScripts(script);
  if (typeof self.onmessage !== 'function') throw new Error('DuckDB boot worker: the DuckDB worker script set no message handler');
  self.onmessage({ data: { messageId: id, type: 'INSTANTIATE', data: [wasm, null] } });
}
