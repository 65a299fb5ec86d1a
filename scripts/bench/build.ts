// Production builds for the benchmark: the app as users get it (with the
// snapshot and the precompressed files), and the roster page.
import { join } from 'node:path';
import { build } from 'vite';
import { duckdbWasmBytes } from '../build/wasmBytes';

async function production<T>(run: () => Promise<T>): Promise<T> {
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await run();
  } finally {
    process.env.NODE_ENV = saved;
  }
}

export async function buildApp(root: string, outDir: string): Promise<void> {
  await production(() =>
    build({ root, configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } }),
  );
}

export async function buildRosterPage(root: string, outDir: string): Promise<void> {
  const pageRoot = join(root, 'scripts/bench/roster/page');
  await production(() =>
    build({
      root: pageRoot,
      configFile: false,
      base: './',
      define: duckdbWasmBytes(root),
      mode: 'production',
      logLevel: 'warn',
      worker: { format: 'es' },
      build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 100_000 },
    }),
  );
}
