// Vite plugin: `import text from 'virtual:fundwatch-snapshot'` gives the
// first-screen snapshot and `virtual:fundwatch-snapshot-reach` its reach
// (imported dynamically: a chunk of its own), and in a build
// `virtual:fundwatch-prebuilt` the built-in dataset as a DuckDB database
// file with its SHA-256 (src/engine/ingest/prebuilt.ts), computed once while the app
// builds by the engine and domain code under Node (compute.ts). A separate Vite server loads
// compute.ts because the engine's SQL comes in through `?raw` imports.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { withSsrModule } from '../build/ssrModule';
import type { BuiltinDataset } from '../build/dataset';

const IDS = { first: 'virtual:fundwatch-snapshot', reach: 'virtual:fundwatch-snapshot-reach', prebuilt: 'virtual:fundwatch-prebuilt' } as const;
const RESOLVED = { first: `\0${IDS.first}`, reach: `\0${IDS.reach}`, prebuilt: `\0${IDS.prebuilt}` } as const;

type Modules = { first: string; reach: string; prebuilt: string };

async function computeModules(root: string, dataset: BuiltinDataset, prebuiltPath: string | undefined): Promise<Modules> {
  return withSsrModule(root, '/scripts/snapshot/compute.ts', (compute: typeof import('./compute')) => compute.snapshotModuleSources(dataset, prebuiltPath));
}

export function snapshotPlugin(root: string, dataset: BuiltinDataset): Plugin {
  let sources: Promise<Modules> | null = null;
  let building = false;
  let scratch: string | null = null;
  const byId = new Map<string, keyof Modules>(Object.entries(RESOLVED).map(([k, v]) => [v, k as keyof Modules]));
  return {
    name: 'fundwatch-snapshot',
    configResolved(config) {
      // The dev server reads the CSVs (no prebuilt artefact): nothing to copy, nothing to go stale.
      building = config.command === 'build';
    },
    resolveId: (id) => (id === IDS.first ? RESOLVED.first : id === IDS.reach ? RESOLVED.reach : id === IDS.prebuilt ? RESOLVED.prebuilt : null),
    async load(id) {
      const which = byId.get(id);
      if (which === undefined) return null;
      // Once per build (or dev server): the dataset does not change while it runs.
      if (sources === null) {
        scratch = building ? await mkdtemp(join(tmpdir(), 'fundwatch-prebuilt-')) : null;
        sources = computeModules(root, dataset, scratch === null ? undefined : join(scratch, 'builtin.duckdb'));
      }
      return (await sources)[which];
    },
    async closeBundle() {
      if (scratch !== null) await rm(scratch, { recursive: true, force: true });
      scratch = null;
    },
  };
}
