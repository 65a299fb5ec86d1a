// Vite plugin: `import text from 'virtual:fundwatch-snapshot'` gives the
// first-screen snapshot, computed while the app builds by the engine and
// domain code under Node (compute.ts). A separate Vite server loads
// compute.ts because the engine's SQL comes in through `?raw` imports.
import { createServer, type Plugin } from 'vite';
import type { BuiltinDataset } from '../build/dataset';

const ID = 'virtual:fundwatch-snapshot';
const RESOLVED = `\0${ID}`;

async function computeModule(root: string, dataset: BuiltinDataset): Promise<string> {
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
    return await compute.snapshotModuleSource(dataset);
  } finally {
    await server.close();
  }
}

export function snapshotPlugin(root: string, dataset: BuiltinDataset): Plugin {
  let source: Promise<string> | null = null;
  return {
    name: 'fundwatch-snapshot',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      // Once per build (or dev server): the dataset does not change while it runs.
      source ??= computeModule(root, dataset);
      return source;
    },
  };
}
