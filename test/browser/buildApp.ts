// The production build the tests run against, with Vite's JS API. `data`
// builds another folder in instead of the sample (FUNDWATCH_DATA, as a user
// would: scripts/build/dataset.ts).
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface BuildOptions {
  data?: string;
  dataName?: string;
}

export async function buildApp(outDir: string, options: BuildOptions = {}): Promise<void> {
  // Vitest sets NODE_ENV=test; the build users get is a production build.
  const saved = { NODE_ENV: process.env.NODE_ENV, FUNDWATCH_DATA: process.env.FUNDWATCH_DATA, FUNDWATCH_DATA_NAME: process.env.FUNDWATCH_DATA_NAME };
  process.env.NODE_ENV = 'production';
  if (options.data) process.env.FUNDWATCH_DATA = options.data;
  if (options.dataName) process.env.FUNDWATCH_DATA_NAME = options.dataName;
  try {
    await build({
      root: REPO,
      configFile: join(REPO, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
