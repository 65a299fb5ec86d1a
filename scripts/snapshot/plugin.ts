// Vite plugin: `import text from 'virtual:fundwatch-snapshot'` gives the
// first-screen snapshot and `virtual:fundwatch-snapshot-reach` its reach
// (imported dynamically: a chunk of its own), computed once while the app
// builds by the engine and domain code under Node (compute.ts). A separate Vite server loads
// compute.ts because the engine's SQL comes in through `?raw` imports.
import { createServer, type Plugin } from 'vite';
import type { BuiltinDataset } from '../build/dataset';

const IDS = { first: 'virtual:fundwatch-snapshot', reach: 'virtual:fundwatch-snapshot-reach' } as const;
const RESOLVED = { first: `\0${IDS.first}`, reach: `\0${IDS.reach}` } as const;

async function computeModules(root: string, dataset: BuiltinDataset): Promise<{ first: string; reach: string }> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const compute = (await server.ssrLoadModule('/scripts/snapshot/compute.ts')) as typeof import('./compute');
    return await compute.snapshotModuleSources(dataset);
  } finally {
    await server.close();
  }
}

export function snapshotPlugin(root: string, dataset: BuiltinDataset): Plugin {
  let sources: Promise<{ first: string; reach: string }> | null = null;
  return {
    name: 'fundwatch-snapshot',
    resolveId: (id) => (id === IDS.first ? RESOLVED.first : id === IDS.reach ? RESOLVED.reach : null),
    async load(id) {
      if (id !== RESOLVED.first && id !== RESOLVED.reach) return null;
      // Once per build (or dev server): the dataset does not change while it runs.
      sources ??= computeModules(root, dataset);
      const { first, reach } = await sources;
      return id === RESOLVED.first ? first : reach;
    },
  };
}
