// Vite plugin: `import text from 'virtual:fundwatch-snapshot'` gives the
// first-screen snapshot and `virtual:fundwatch-snapshot-reach` its reach
// (imported dynamically: a chunk of its own), and in a build
// `virtual:fundwatch-prebuilt` the built-in dataset as a DuckDB database
// file with its SHA-256 (src/engine/ingest/prebuilt.ts), computed once while the app
// builds by the engine and domain code under Node (compute.ts). A separate Vite server loads
// compute.ts because the engine's SQL comes in through `?raw` imports.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { withSsrModule } from '../build/ssrModule';
import { datasetPlugin, type BuiltinDataset } from '../build/dataset.js';
import { FIRST_SCREEN_CLASS, firstScreenGateScript } from './firstScreenGate.js';

const IDS = { first: 'virtual:fundwatch-snapshot', reach: 'virtual:fundwatch-snapshot-reach', prebuilt: 'virtual:fundwatch-prebuilt' } as const;
const RESOLVED = { first: `\0${IDS.first}`, reach: `\0${IDS.reach}`, prebuilt: `\0${IDS.prebuilt}` } as const;

type Modules = { first: string; reach: string; prebuilt: string };

const resolveSnapshotId = (id: string): string | null =>
  id === IDS.first ? RESOLVED.first : id === IDS.reach ? RESOLVED.reach : id === IDS.prebuilt ? RESOLVED.prebuilt : null;

async function computeModules(root: string, dataset: BuiltinDataset, prebuiltPath: string | undefined): Promise<Modules> {
  return withSsrModule(root, '/scripts/snapshot/compute.ts', (compute: typeof import('./compute')) => compute.snapshotModuleSources(dataset, prebuiltPath));
}

/**
 * The app's first screen rendered to HTML from the computed snapshot
 * (firstScreenHtml.ts), in a Vite server that gives the app's modules the
 * dataset's and the snapshot's virtual modules (no prebuilt file: the
 * first render does not read it).
 */
async function renderFirstScreen(root: string, dataset: BuiltinDataset, modules: Modules): Promise<string> {
  const virtual: Plugin = {
    name: 'fundwatch-snapshot-for-first-screen',
    resolveId: resolveSnapshotId,
    load: (id) => (id === RESOLVED.first ? modules.first : id === RESOLVED.reach ? modules.reach : id === RESOLVED.prebuilt ? 'export default null;\n' : null),
  };
  return withSsrModule(root, '/scripts/snapshot/firstScreenHtml.ts', (m: typeof import('./firstScreenHtml')) => m.firstScreenHtml(), [datasetPlugin(dataset), virtual]);
}

export function snapshotPlugin(root: string, dataset: BuiltinDataset): Plugin {
  let sources: Promise<Modules> | null = null;
  let building = false;
  let scratch: string | null = null;
  const byId = new Map<string, keyof Modules>(Object.entries(RESOLVED).map(([k, v]) => [v, k as keyof Modules]));
  // Once per build (or dev server): the dataset does not change while it runs.
  const computed = async (): Promise<Modules> => {
    if (sources === null) {
      scratch = building ? await mkdtemp(join(tmpdir(), 'fundwatch-prebuilt-')) : null;
      sources = computeModules(root, dataset, scratch === null ? undefined : join(scratch, 'builtin.duckdb'));
    }
    return sources;
  };
  const gate = firstScreenGateScript();
  const gateFile = `assets/first-screen-${createHash('sha256').update(gate).digest('hex').slice(0, 8)}.js`;
  return {
    name: 'fundwatch-snapshot',
    configResolved(config) {
      // The dev server reads the CSVs (no prebuilt artefact): nothing to copy, nothing to go stale.
      building = config.command === 'build';
    },
    resolveId: resolveSnapshotId,
    async load(id) {
      const which = byId.get(id);
      if (which === undefined) return null;
      return (await computed())[which];
    },
    buildStart() {
      if (building) this.emitFile({ type: 'asset', fileName: gateFile, source: gate });
    },
    // The built page carries its first screen (the dev server's renders it live).
    transformIndexHtml: {
      // After Vite's own pass: the gate is a classic script of ours, not one to bundle.
      order: 'post',
      async handler(html) {
        if (!building) return html;
        const modules = await computed();
        let first: string;
        try {
          first = await renderFirstScreen(root, dataset, modules);
        } catch (e) {
          // The page draws its first screen itself, as before there was this one: a build of a
          // dataset whose first screen cannot be rendered ahead of time still ships, and says why.
          console.warn(`fundwatch: the first screen was not rendered into index.html: ${e instanceof Error ? e.message : String(e)}`);
          return html;
        }
        // Inert until the page takes it over (main.tsx): nothing on it would answer a press yet.
        const withFirst = html.replace('<div id="root"></div>', `<div id="root"><div class="${FIRST_SCREEN_CLASS}" inert>${first}</div></div>`);
        if (withFirst === html) throw new Error('index.html has no empty <div id="root"></div> to carry the first screen');
        return { html: withFirst, tags: [{ tag: 'script', attrs: { src: `./${gateFile}` }, injectTo: 'head-prepend' }] };
      },
    },
    async closeBundle() {
      if (scratch !== null) await rm(scratch, { recursive: true, force: true });
      scratch = null;
    },
  };
}
