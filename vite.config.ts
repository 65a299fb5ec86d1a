/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import SlowFirstSequencer from './test/slowFirstSequencer.js';
import { ENGINE_FILES, ISOLATED_FILES } from './test/projects.js';
import { precompressPlugin } from './scripts/build/precompress.js';
import { cspPlugin } from './scripts/build/csp.js';
import { engineStartPlugin } from './scripts/build/engineStart.js';
import { snapshotPlugin } from './scripts/snapshot/plugin.js';
import { builtinDataset, datasetPlugin } from './scripts/build/dataset.js';
import { duckdbWasmBytes } from './scripts/build/wasmBytes.js';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
// The sample, or the folder FUNDWATCH_DATA names (scripts/build/dataset.ts).
const DATASET = builtinDataset(ROOT);
// Cross-origin isolation: what DuckDB-wasm's threaded (coi) build needs. The
// build does not use it yet (src/engine/runtime/browser.ts says why), but serving
// isolated now keeps the app honest about it; static hosts: README, Performance.
// Imports end in .js (resolved to the .ts files) so Vite's config loader needs no guessing.
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

// Relative base: the built folder works from any static host under any sub-path.
export default defineConfig({
  base: './',
  define: duckdbWasmBytes(ROOT),
  // Each plugin's tags go first in <head>, so the last comes first: the CSP's <meta>, then the
  // engine-start script (DuckDB's worker started while the HTML is parsed), then the first-screen gate.
  plugins: [react(), datasetPlugin(DATASET), snapshotPlugin(ROOT, DATASET), engineStartPlugin(), cspPlugin(), precompressPlugin()],
  server: { headers: ISOLATION_HEADERS },
  preview: { headers: ISOLATION_HEADERS },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Every asset stays a file of this origin (never a data: URL): the page's
    // Content-Security-Policy lets it connect to 'self' only (scripts/build/csp.ts).
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // A fixed time zone so dates and snapshots repeat on every machine.
    env: { TZ: 'Asia/Shanghai' },
    // A fixed seed for property tests (test/setup.ts).
    setupFiles: ['test/setup.ts'],
    pool: 'forks',
    // Every file, unit and browser alike, shares one pool: browser files
    // spend most of their time waiting on Chromium (another process), so
    // they run beside unit files instead of after them. At least two workers
    // even on two cores (Vitest's default would be one); measured in README,
    // Testing. FUNDWATCH_TEST_WORKERS overrides.
    maxWorkers: Number(process.env.FUNDWATCH_TEST_WORKERS) || Math.max(2, availableParallelism()),
    reporters: ['default', './test/summaryReporter.ts'],
    // The slowest files first, also on a fresh clone without timings (test/slowFirstSequencer.ts).
    sequence: { sequencer: SlowFirstSequencer },
    // Two projects so that `vitest run test/domain` never builds the app:
    // a project's globalSetup only runs when one of its files is selected.
    projects: [
      {
        extends: true,
        test: {
          // Pure code: files share their worker's modules (React, the domain)
          // instead of importing them again for each of seventy files.
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: [...ENGINE_FILES, ...ISOLATED_FILES, 'test/browser/**', 'test/**/*.browser.test.ts', '**/node_modules/**'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Files that mock modules, globals or timers, or compare snapshots: each in a process of its own.
          name: 'unit-isolated',
          include: ISOLATED_FILES,
        },
      },
      {
        extends: true,
        test: {
          // The files that run SQL on DuckDB-wasm. Each worker runs them one
          // after another in the same process, so a compiled, warmed-up wasm
          // instance serves file after file (test/engine/harness.ts) instead
          // of every file paying seconds to compile and warm up its own.
          name: 'engine',
          include: ENGINE_FILES,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts', 'test/**/*.browser.test.ts'],
          // The build, its static server and the one shared Chromium (test/browser/chromiumServer.ts).
          globalSetup: ['test/browser/globalSetup.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
