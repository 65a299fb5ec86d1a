// Runs src/cli/main.ts through Vite's SSR module loader, the same transform
// the app and vitest use, so `?raw` SQL imports work under Node too (tsx
// does not understand them). Usage: node scripts/run-cli.mjs analyze --data DIR
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let code = 1;
try {
  const cli = await server.ssrLoadModule('/src/cli/main.ts');
  code = await cli.main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`错误：${e instanceof Error ? e.message : String(e)}\n`);
} finally {
  await server.close();
}
process.exitCode = code;
