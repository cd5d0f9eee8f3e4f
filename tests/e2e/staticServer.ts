import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServerOptions {
  /** Folder served at "/", if any. */
  root?: string;
  /** Extra headers on every response (a Content-Security-Policy, for instance). */
  headers?: Record<string, string>;
  /** Pages served from memory, by path. */
  pages?: Record<string, string>;
}

/**
 * A small static server on 127.0.0.1 for tests that need a second origin or special headers.
 * Port 0 picks a free port (tests run in parallel workers): read it with `portOf`.
 */
export async function startStaticServer(port: number, options: StaticServerOptions): Promise<Server> {
  const root = options.root ? resolve(options.root) : null;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const headers = { ...options.headers };
    const page = options.pages?.[path];
    if (page !== undefined) {
      response.writeHead(200, { ...headers, 'content-type': TYPES['.html']! });
      response.end(page);
      return;
    }
    if (root) {
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
        response.writeHead(200, {
          ...headers,
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        });
        createReadStream(file).pipe(response);
        return;
      }
    }
    response.writeHead(404, headers);
    response.end('not found');
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return server;
}

export function portOf(server: Server): number {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server is not listening');
  return address.port;
}

export function stopServer(server: Server | undefined): Promise<void> {
  return new Promise((done) => (server ? server.close(() => done()) : done()));
}
