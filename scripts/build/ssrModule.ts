// Code that imports the engine's SQL (`?raw` imports) runs under Node through
// a Vite server of its own, without the app's config or plugins: the build's
// snapshot and the bench's native sides load their modules this way.
import { createServer, type Plugin } from 'vite';

/** `plugins`: the virtual modules the loaded code imports (the app's first screen needs the dataset's and the snapshot's). */
export async function withSsrModule<M, T>(root: string, path: string, run: (module: M) => Promise<T> | T, plugins: Plugin[] = []): Promise<T> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins,
  });
  try {
    return await run((await server.ssrLoadModule(path)) as M);
  } finally {
    await server.close();
  }
}
