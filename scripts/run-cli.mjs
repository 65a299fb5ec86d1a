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
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
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

function contentHash(paths) {
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(`${path}\0`);
    hash.update(readFileSync(join(root, path)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 20);
}

/** Files changed this recently are read every run: a second edit within the clock's tick could leave their size and time as they were. */
const SETTLED_MS = 2000;

/**
 * The hash of the sources' contents. Reading every source costs ~15 ms of a
 * ~0.6 s run, so, as git does, the hash is kept beside a signature of the
 * files' paths, sizes, inodes and modification times (stat-index.json) and
 * reused while that signature holds; it is kept only once every file is a
 * few seconds old.
 */
function sourceHash() {
  const paths = [...filesUnder('src'), 'package-lock.json', 'tsconfig.json', 'scripts/run-cli.mjs'];
  const signature = createHash('sha256');
  let newest = 0;
  for (const path of paths) {
    const s = statSync(join(root, path));
    newest = Math.max(newest, s.mtimeMs, s.ctimeMs);
    signature.update(`${path}\0${s.size}\0${s.ino}\0${s.mtimeMs}\0${s.ctimeMs}\0`);
  }
  const key = signature.digest('hex');
  const index = join(cacheDir, 'stat-index.json');
  try {
    const known = JSON.parse(readFileSync(index, 'utf8'));
    if (known.signature === key && /^[0-9a-f]{20}$/.test(known.hash)) return known.hash;
  } catch {
    // No index yet, or a broken one: hashed below.
  }
  const hash = contentHash(paths);
  if (Date.now() - newest > SETTLED_MS) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const temp = `${index}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ signature: key, hash }));
      renameSync(temp, index);
    } catch {
      // Only the next run's ~15 ms.
    }
  }
  return hash;
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
      // node-api's JavaScript (~100 small CommonJS files, ~0.1 s to find and compile one by one) goes
      // into the bundle; its native binding, found by platform at run time, stays in node_modules.
      ssr: { noExternal: ['@duckdb/node-api', 'decimal.js', 'fflate'], external: ['@duckdb/node-bindings'] },
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
      // Another process's bundle of the same sources is kept. A folder without one holds only the dataset cache of a
      // run whose bundle was removed under it (sources changed meanwhile, then changed back): it goes, the bundle comes.
      if (!existsSync(join(target, 'main.mjs'))) {
        if (!existsSync(target)) throw e;
        rmSync(target, { recursive: true, force: true });
        renameSync(temp, target);
      }
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  // Bundles of older sources (not temp folders of builds in flight).
  for (const name of readdirSync(cacheDir)) {
    if (/^[0-9a-f]{20}$/.test(name) && join(cacheDir, name) !== target) rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
}

/** The CLI module for the current sources, built when there is none, and its folder. */
async function loadCli() {
  const target = join(cacheDir, sourceHash());
  const entry = join(target, 'main.mjs');
  if (!existsSync(entry)) await buildBundle(target);
  try {
    return { cli: await import(pathToFileURL(entry).href), folder: target };
  } catch (e) {
    // Removed between the check and the import by a process that built newer sources: build again.
    if (existsSync(entry)) throw e;
    await buildBundle(target);
    return { cli: await import(pathToFileURL(entry).href), folder: target };
  }
}

// Ctrl-C or a kill ends through process.exit, so the engine's exit handler
// removes its temp folder (registered files, spill) as close() would.
/**
 * Where datasets loaded before are kept (src/cli/datasetCache.ts): beside
 * the bundle built from the same sources, so new loading rules start an
 * empty cache. FUNDWATCH_CACHE=off keeps none; an absolute path puts it there.
 */
function datasetCache(bundleFolder) {
  const setting = process.env.FUNDWATCH_CACHE?.trim() ?? '';
  if (setting === 'off') return null;
  if (setting === '') return join(bundleFolder, 'datasets');
  if (!isAbsolute(setting)) throw new Error(`FUNDWATCH_CACHE="${setting}" 应为 off 或一个绝对路径 / must be off or an absolute path`);
  return setting;
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));
// A reader that stopped reading (`analyze --json | head`): done, as cat and grep are, not a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

let code = 1;
try {
  const { cli, folder } = await loadCli();
  code = await cli.main(process.argv.slice(2), undefined, undefined, datasetCache(folder));
} catch (e) {
  process.stderr.write(`错误：${e instanceof Error ? e.message : String(e)}\n`);
}
process.exitCode = code;
