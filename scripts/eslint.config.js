// Lint rules for src, test and scripts. Kept in scripts/ so the top level
// holds only what the project layout allows.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import noImportCycle from './lint/noImportCycle.js';

// The layers of shared/DESIGN.md ("The way data flows"): what each folder of
// src may import of ours. Type-only imports count: a layer that names
// another's types depends on it just the same.
const layer = (target, from, message) => ({ target, from, message });
const LAYERS = [
  layer('./src/domain', ['./src/engine', './src/charts', './src/app', './src/report', './src/cli'], 'domain imports nothing of ours.'),
  layer('./src/engine', ['./src/charts', './src/app', './src/report', './src/cli'], 'engine imports only domain.'),
  layer('./src/charts', ['./src/engine', './src/app', './src/report', './src/cli'], 'charts import only domain.'),
  layer('./src/app', ['./src/cli'], 'app imports domain, engine, charts and report, never cli.'),
  layer('./src/report', ['./src/app', './src/engine', './src/cli'], 'report imports only domain and charts.'),
  layer('./src/cli', ['./src/app', './src/charts'], 'cli imports engine, domain and report.'),
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', { name: 'parseFloat', message: 'Money is never a float: use Decimal.' }],
    },
  },
  {
    // domain and engine never import React; domain imports nothing of ours.
    files: ['src/domain/**', 'src/engine/**', 'src/charts/options/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react-dom/*', '@tanstack/*'] }],
    },
  },
  {
    // The layers, and no import cycle anywhere in src (type-only ones included).
    files: ['src/**/*.{ts,tsx,js}'],
    plugins: { 'import-x': importX, fundwatch: { rules: { 'no-import-cycle': noImportCycle } } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json', '.d.ts'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYERS }],
      // import-x/no-cycle skips type-only imports; this one does not.
      'fundwatch/no-import-cycle': 'error',
    },
  },
);
