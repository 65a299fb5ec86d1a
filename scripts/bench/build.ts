// Production builds for the benchmark: the app as users get it (with the
// snapshot and the precompressed files), the roster page, and the bare
// engine page (bare_engine_ms) on the app's own DuckDB assets.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build, type Plugin } from 'vite';
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

/**
 * `?url` imports of DuckDB's wasm and worker files and of the boot worker
 * script resolved to the app's built copies (`<app>/assets/<name>-<hash>.<ext>`),
 * so that the bare page fetches the very files the app fetches.
 */
function appAssets(appAssetsDir: string, fromPage: string): Plugin {
  const built = readdirSync(appAssetsDir);
  const PREFIX = '\0fundwatch-app-asset:';
  return {
    name: 'fundwatch-app-assets',
    enforce: 'pre',
    resolveId(source) {
      const match = /^(.*\/)?([^/?]+)\?url(&no-inline)?$/.exec(source);
      const file = match?.[2];
      if (!file || !/\.(wasm|js)$/.test(file) || !/duckdb/i.test(file)) return null;
      const dot = file.lastIndexOf('.');
      const stem = file.slice(0, dot);
      const ext = file.slice(dot);
      const hits = built.filter((b) => b.startsWith(`${stem}-`) && b.endsWith(ext) && /^[\w-]+$/.test(b.slice(stem.length + 1, -ext.length)));
      if (hits.length !== 1) throw new Error(`bare page: ${hits.length} built copies of ${file} in ${appAssetsDir}`);
      return `${PREFIX}${hits[0] ?? ''}`;
    },
    load(id) {
      return id.startsWith(PREFIX) ? `export default ${JSON.stringify(`${fromPage}${basename(id.slice(PREFIX.length))}`)};` : null;
    },
  };
}

/**
 * The app's engine-start script tag (scripts/build/engineStart.ts), its
 * addresses made relative to the bare page's folder: the floor's worker
 * starts as early as the app's, from the same file.
 */
function appEngineStart(appDir: string): Plugin {
  const html = readFileSync(join(appDir, 'index.html'), 'utf8');
  const tag = /<script src="\.\/assets\/engine-start-[^"]+"[^>]*><\/script>/.exec(html)?.[0];
  if (tag === undefined) throw new Error(`bare page: ${appDir}/index.html has no engine-start script`);
  const attrs = Object.fromEntries(Array.from(tag.matchAll(/([\w-]+)="([^"]*)"/g), (m) => [m[1] ?? '', (m[2] ?? '').replace(/^\.\/assets\//, '../assets/')]));
  return {
    name: 'fundwatch-app-engine-start',
    transformIndexHtml: () => [{ tag: 'script', attrs, injectTo: 'head-prepend' }],
  };
}

/** The bare engine page into `<appDir>/bare`, after buildApp into `appDir`. */
export async function buildBarePage(root: string, appDir: string): Promise<void> {
  await production(() =>
    build({
      root: join(root, 'scripts/bench/bare'),
      configFile: false,
      base: './',
      define: duckdbWasmBytes(root),
      plugins: [appAssets(join(appDir, 'assets'), '../assets/'), appEngineStart(appDir)],
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: join(appDir, 'bare'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 100_000, assetsInlineLimit: 0 },
    }),
  );
}
