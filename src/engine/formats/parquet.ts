// Parquet → Arrow IPC with parquet-wasm. Its wasm module is initialised once
// per page or process from bytes the caller supplies (node.ts reads the
// file from node_modules, browser.ts fetches the copy Vite bundled), so the
// import never reaches for the network.
import initParquet, { readParquet } from 'parquet-wasm/esm';

type WasmSource = Parameters<typeof initParquet>[0];

let ready: Promise<unknown> | null = null;

export async function parquetToArrowIPC(bytes: Uint8Array, wasm: () => Promise<WasmSource>): Promise<Uint8Array> {
  ready ??= wasm()
    .then((source) => initParquet(source))
    .catch((e: unknown) => {
      ready = null;
      throw e;
    });
  await ready;
  return readParquet(bytes).intoIPCStream();
}
