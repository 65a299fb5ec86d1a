// @duckdb/node-api for the command line. Its ~100 CommonJS files cost every
// CLI start ~0.1 s to find and compile one by one (and imported as ESM from
// node_modules, a parse of each for its named exports): the CLI's bundle
// (scripts/run-cli.mjs) carries them as one module instead, leaving only
// the native binding (@duckdb/node-bindings, chosen by platform) outside.
import * as NodeApi from '@duckdb/node-api';

export const nodeApi: typeof NodeApi = NodeApi;
