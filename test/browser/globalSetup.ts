// Runs once per `vitest run` and only for the browser project: build the app
// with Vite's JS API, serve the build on 127.0.0.1, start the one Chromium
// every browser test file connects to, hand both addresses to the tests, and
// at the end check the request logs every test file wrote.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp } from './buildApp';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './staticServer';
import { launchChromiumServer } from './chromiumServer';
import { foreignRequests, readRequestLogs } from './requestLog';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = await mkdtemp(join(tmpdir(), 'fundwatch-browser-'));
  // FUNDWATCH_DIST serves an existing build instead (quicker when iterating on tests).
  const dist = process.env.FUNDWATCH_DIST ? resolve(process.env.FUNDWATCH_DIST) : join(work, 'dist');
  const starting = launchChromiumServer();
  if (!process.env.FUNDWATCH_DIST) await buildApp(dist).catch(async (e: unknown) => {
    await (await starting).close();
    throw e;
  });
  const [server, chromium] = await Promise.all([serveStatic(dist), starting]);
  const requestLogDir = join(work, 'requests');

  project.provide('baseUrl', server.url);
  project.provide('requestLogDir', requestLogDir);
  project.provide('distDir', dist);
  project.provide('chromiumEndpoint', chromium.wsEndpoint());
  project.provide('cliCacheDir', join(work, 'cli'));

  return async () => {
    await Promise.all([server.close(), chromium.close()]);
    const foreign = foreignRequests(await readRequestLogs(requestLogDir), server.url);
    await rm(work, { recursive: true, force: true });
    if (foreign.length > 0) {
      // Vitest only logs an error thrown here; the exit code must say it too.
      process.exitCode = 1;
      throw new Error(`requests left the local server during the run:\n${foreign.join('\n')}`);
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    requestLogDir: string;
    distDir: string;
    chromiumEndpoint: string;
    /** Where cliAnalysis.ts keeps the command line's answers for the run. */
    cliCacheDir: string;
  }
}
