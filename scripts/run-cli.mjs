// Runs src/cli/main.ts (npm run analyze / report). The sources are
// TypeScript with Vite's `?raw` SQL imports, which plain Node and tsx do not
// understand; transforming them through a Vite SSR server on every run cost
// ~1.6 s. So the CLI is bundled once with Vite's build API (SSR mode: the
// same transform as the app and vitest, dependencies left to node_modules)
// into node_modules/.cache/fundwatch-cli/<hash>/main.mjs, keyed by a hash of
// every file under src/, package-lock.json, tsconfig.json and this runner; later runs
// import that file directly (~0.1 s). A fresh clone builds it on its first
// run, with no extra command. Two processes starting together may both
// build; each writes a temp folder and renames it into place (atomic), so
// neither ever imports a half-written bundle. Stale bundles are removed.
// Usage: node scripts/run-cli.mjs analyze --data DIR
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = join(root, 'node_modules/.cache/fundwatch-cli');

/** Every file under `dir`, sorted, relative to the project root. */
function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

function sourceHash() {
  const hash = createHash('sha256');
  for (const path of [...filesUnder('src'), 'package-lock.json', 'tsconfig.json', 'scripts/run-cli.mjs']) {
    hash.update(`${path}\0`);
    hash.update(readFileSync(join(root, path)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 20);
}

/**
 * Bundles the CLI into the folder `target` (main.mjs and the chunks loaded
 * on demand: `report`'s charts, Parquet's reader). Built into a temp folder
 * that is then renamed into place: a rename is atomic, and when another
 * process got there first its bundle (the same sources) is kept.
 */
async function buildBundle(target) {
  const { build } = await import('vite');
  mkdirSync(cacheDir, { recursive: true });
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'error',
      publicDir: false,
      build: {
        ssr: 'src/cli/main.ts',
        outDir: temp,
        emptyOutDir: false,
        copyPublicDir: false,
        minify: false,
        sourcemap: false,
        target: 'node20',
        rolldownOptions: { output: { format: 'es', entryFileNames: 'main.mjs', chunkFileNames: '[name]-[hash].mjs' } },
      },
    });
    if (!existsSync(join(temp, 'main.mjs'))) throw new Error('the CLI bundle was not written');
    try {
      renameSync(temp, target);
    } catch (e) {
      if (!existsSync(join(target, 'main.mjs'))) throw e;
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  // Bundles of older sources (not temp folders of builds in flight).
  for (const name of readdirSync(cacheDir)) {
    if (/^[0-9a-f]{20}$/.test(name) && join(cacheDir, name) !== target) rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
}

/** The CLI module for the current sources, built when there is none. */
async function loadCli() {
  const target = join(cacheDir, sourceHash());
  const entry = join(target, 'main.mjs');
  if (!existsSync(entry)) await buildBundle(target);
  try {
    return await import(pathToFileURL(entry).href);
  } catch (e) {
    // Removed between the check and the import by a process that built newer sources: build again.
    if (existsSync(entry)) throw e;
    await buildBundle(target);
    return import(pathToFileURL(entry).href);
  }
}

// Ctrl-C or a kill ends through process.exit, so the engine's exit handler
// removes its temp folder (registered files, spill) as close() would.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));

let code = 1;
try {
  const cli = await loadCli();
  code = await cli.main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`错误：${e instanceof Error ? e.message : String(e)}\n`);
}
process.exitCode = code;
