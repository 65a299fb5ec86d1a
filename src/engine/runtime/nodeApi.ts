// @duckdb/node-api loaded with require(): it is CommonJS, and importing it
// as ESM makes Node parse each of its ~100 files for named exports
// (cjs-module-lexer), ~0.13 s of every CLI start; require() skips that.
// Types come from the ordinary `import type`.
import { createRequire } from 'node:module';
import type * as NodeApi from '@duckdb/node-api';

export const nodeApi = createRequire(import.meta.url)('@duckdb/node-api') as typeof NodeApi;
