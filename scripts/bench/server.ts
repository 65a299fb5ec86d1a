// The benchmark's static host: COOP/COEP (so the threaded DuckDB build can
// run), and the build's precompressed .br/.gz files sent as they are when
// the request accepts them. It counts the bytes it sends per path, which is
// what the page actually transferred.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface Sent {
  path: string;
  bytes: number;
  encoding: 'br' | 'gzip' | 'identity';
}

export interface BenchServer {
  url: string;
  /** Every response since the last reset. */
  sent: Sent[];
  reset(): void;
  close(): Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

export async function serve(rootDir: string): Promise<BenchServer> {
  const root = resolve(rootDir);
  const sent: Sent[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, pathname));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const accepts = String(req.headers['accept-encoding'] ?? '');
        let encoding: Sent['encoding'] = 'identity';
        let body: Buffer;
        if (/\bbr\b/.test(accepts) && (await exists(`${file}.br`))) {
          encoding = 'br';
          body = await readFile(`${file}.br`);
        } else if (/\bgzip\b/.test(accepts) && (await exists(`${file}.gz`))) {
          encoding = 'gzip';
          body = await readFile(`${file}.gz`);
        } else {
          body = await readFile(file);
        }
        res.writeHead(200, {
          'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'Content-Length': body.length,
          'Cache-Control': 'no-store',
          Vary: 'Accept-Encoding',
          ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
          ...ISOLATION,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        sent.push({ path: pathname, bytes: body.length, encoding });
      } catch {
        res.writeHead(404, ISOLATION).end('not found');
      }
    })();
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sent,
    reset: () => sent.splice(0),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
