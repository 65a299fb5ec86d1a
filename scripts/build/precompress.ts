// Vite plugin: after the build is written, put a Brotli (.br) and a gzip
// (.gz) copy next to every compressible file, so a static host (and the
// bench server) can send them as they are: the 34 MB DuckDB wasm goes over
// the wire as ~6 MB of Brotli without compressing on every request.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
const COMPRESSIBLE = /\.(wasm|js|mjs|css|html|json|csv|svg|duckdb)$/;
/** On the 34 MB wasm, quality 5 takes ~2 s and 9 ~7 s for 4 % fewer bytes (11: minutes): big files get 5, small ones 11. */
const BIG = 4 * 1024 * 1024;

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

export async function precompressDir(dir: string): Promise<void> {
  const jobs: Promise<void>[] = [];
  for await (const path of walk(dir)) {
    if (!COMPRESSIBLE.test(path)) continue;
    jobs.push(
      (async () => {
        const bytes = await readFile(path);
        if (bytes.length < 1024) return;
        const quality = bytes.length > BIG ? 5 : 11;
        const [br, gzipped] = await Promise.all([
          brotli(bytes, {
            params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
          }),
          gz(bytes, { level: 9 }),
        ]);
        await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
      })(),
    );
  }
  await Promise.all(jobs);
}

export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'fundwatch-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After the files are written, and only for a build that succeeded.
    async writeBundle() {
      // The browser tests' build is served uncompressed: skip the ~20 s of work there.
      if (process.env.VITEST) return;
      await precompressDir(outDir);
    },
  };
}
