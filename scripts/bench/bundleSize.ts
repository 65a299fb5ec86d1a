// What the first screen needs before anything else: the entry script and
// the modules index.html preloads (CSS aside), measured as the gzip files
// the build wrote next to them. The engine's chunk, the DuckDB worker and
// the wasm are fetched in parallel and are not part of it.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface InitialJs {
  files: string[];
  gzipBytes: number;
}

export async function initialJs(distDir: string): Promise<InitialJs> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  let gzipBytes = 0;
  for (const file of files) gzipBytes += (await stat(join(distDir, `${file}.gz`))).size;
  return { files, gzipBytes };
}
