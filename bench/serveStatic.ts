// A static file server on the loopback interface for bench/dist: no compression, no caching.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * The file a request URL names under root (an absolute path), with index.html for a folder; 400
 * for a URL that does not decode, 403 for one that leads outside root.
 */
export function requestedFile(root: string, url: string | undefined): string | 400 | 403 {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return 400;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = resolve(root, `.${path}`);
  return file.startsWith(root + sep) ? file : 403;
}

/** Serves root on 127.0.0.1, on a free port. */
export function serveStatic(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const file = requestedFile(root, request.url);
    if (typeof file === 'number') {
      response.writeHead(file).end();
      return;
    }
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    response.end(body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string') return fail(new Error('no server address'));
      done({ server, origin: `http://127.0.0.1:${address.port}` });
    });
  });
}
