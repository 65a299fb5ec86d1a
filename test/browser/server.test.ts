// The harness itself: the build is served the way a static host must serve
// it (wasm MIME type, module scripts, isolation headers), and the request
// guard tells local from foreign URLs.
import { readdir } from 'node:fs/promises';
import { get } from 'node:http';
import { extname } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { isLocalRequest } from './requestLog';

function rawStatus(base: string, path: string): Promise<number | undefined> {
  const { hostname, port } = new URL(base);
  return new Promise((ok, fail) => {
    get({ hostname, port, path }, (res) => {
      res.resume();
      ok(res.statusCode);
    }).on('error', fail);
  });
}

async function builtFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => `${e.parentPath}/${e.name}`.slice(dir.length + 1));
}

describe('static server of the build', () => {
  const base = inject('baseUrl');

  it('serves index.html with cross-origin isolation headers', async () => {
    const res = await fetch(base);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(await res.text()).toContain('<div id="root">');
  });

  it('serves scripts as text/javascript and DuckDB wasm as application/wasm', async () => {
    const files = await builtFiles(inject('distDir'));
    const js = files.filter((f) => ['.js', '.mjs'].includes(extname(f)));
    const wasm = files.filter((f) => extname(f) === '.wasm');
    expect(js.length).toBeGreaterThan(0);
    expect(wasm.length).toBeGreaterThan(0);
    for (const f of [...js.slice(0, 3), ...wasm]) {
      const res = await fetch(new URL(f, base), { method: 'HEAD' });
      expect(res.status, f).toBe(200);
      expect(res.headers.get('content-type'), f).toMatch(extname(f) === '.wasm' ? /^application\/wasm$/ : /^text\/javascript/);
    }
  });

  it('refuses paths outside the build and answers 404 for missing files', async () => {
    expect((await fetch(new URL('no-such-file.js', base))).status).toBe(404);
    // fetch() would normalise "..": node:http sends the path as written.
    expect([403, 404]).toContain(await rawStatus(base, '/../../etc/passwd'));
    expect([403, 404]).toContain(await rawStatus(base, '/%2e%2e/%2e%2e/etc/passwd'));
    expect([403, 404]).toContain(await rawStatus(base, '/..%2f..%2fetc%2fpasswd'));
  });
});

describe('request guard', () => {
  const base = 'http://127.0.0.1:4173/';
  it('accepts the local origin, data: and blob:', () => {
    expect(isLocalRequest('http://127.0.0.1:4173/assets/duckdb-eh.wasm', base)).toBe(true);
    expect(isLocalRequest('data:image/png;base64,AAAA', base)).toBe(true);
    expect(isLocalRequest('blob:http://127.0.0.1:4173/1b2c', base)).toBe(true);
  });
  it('rejects any other origin, including another port on the same host', () => {
    expect(isLocalRequest('https://cdn.jsdelivr.net/npm/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm', base)).toBe(false);
    expect(isLocalRequest('http://127.0.0.1:4174/x', base)).toBe(false);
    expect(isLocalRequest('http://localhost:4173/x', base)).toBe(false);
    expect(isLocalRequest('https://extensions.duckdb.org/v1.4.3/wasm_eh/parquet.duckdb_extension.wasm', base)).toBe(false);
  });
});
