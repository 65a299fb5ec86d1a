// What the first screen needs before anything else: the entry script and
// the modules index.html preloads (CSS aside), measured as the gzip files
// the build wrote next to them. The engine's chunk, the DuckDB worker and
// the wasm are fetched in parallel and are not part of it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  files: string[];
  gzipBytes: number;
}

export async function initialJs(distDir: string): Promise<InitialJs> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  let gzipBytes = 0;
  // The build compresses files of 1 KB and more; a smaller one is gzipped here alike.
  for (const file of files) {
    const path = join(distDir, file);
    gzipBytes += (await readFile(`${path}.gz`).catch(async () => gzipSync(await readFile(path), { level: 9 }))).length;
  }
  return { files, gzipBytes };
}
