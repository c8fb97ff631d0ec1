// A small static server for the built app (dist/), with an SPA fallback and the means to
// replace a file's content during a test (a new or corrupted dataset). Loopback only.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  port: number;
  /** Requests seen, as paths, in order. */
  requests: string[];
  /** Serve `body` for `path` instead of the file on disk (null removes the override). */
  override(path: string, body: string | Buffer | null): void;
  close(): Promise<void>;
}

/** Serves `root`; with `dataDir`, paths under /data/ come from that folder instead. */
export async function startStaticServer(root: string, port = 0, dataDir: string | null = null): Promise<StaticServer> {
  const overrides = new Map<string, string | Buffer>();
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    const body = overrides.get(path);
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = dataDir && safe.startsWith('/data/') ? join(dataDir, safe.slice('/data/'.length)) : join(root, safe);
    try {
      let data: Buffer;
      try {
        data = await readFile(file);
      } catch {
        // A page navigation (the reader's /sources/<file>.txt too) gets the app; assets 404.
        const navigation = (req.headers.accept ?? '').includes('text/html');
        if (extname(safe) && !navigation) throw new Error('missing');
        file = join(root, 'index.html');
        data = await readFile(file);
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(data);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    requests,
    override(path, body) {
      if (body === null) overrides.delete(path);
      else overrides.set(path, body);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
