// Vite plugin: the built page carries a Content-Security-Policy (a <meta>, so
// it holds on any static host, even one that sets no headers). What each
// source is for:
//   script-src 'self' 'wasm-unsafe-eval'  our module scripts; compiling DuckDB's and parquet-wasm's WebAssembly
//   worker-src 'self'                     DuckDB's worker, started from its own file
//   connect-src 'self'                    the wasm, the built-in dataset and nothing else: data never leaves
//   img-src 'self' data: blob:            chart pictures saved as PNG are drawn from an SVG blob
//   style-src 'self' 'unsafe-inline'      ECharts and the build-time chart pictures set style attributes
//   object-src 'none', base-uri 'self', form-action 'none'
// No inline script is allowed. Only the build gets it: Vite's dev server
// injects inline scripts of its own (hot reload).
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'fundwatch-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
  };
}
