/**
 * A tiny static server for `npm run bench`: serves a built site the way a plain static host with
 * compression does, so the figures do not depend on `astro preview`. Text (HTML, CSS, JS, JSON,
 * SVG, XML, plain text) is gzip-compressed at level 6 when the browser accepts it; a folder
 * serves its index.html; a missing file serves 404.html with status 404; hashed assets under
 * `_astro/` are cacheable for a year, everything else revalidates. Listens on 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypeOf, GZIP_LEVEL, isCompressible } from '../support/bytes.ts';

/** A running server. */
export interface StaticServer {
  /** Its address with BASE_PATH, ending in `/`: `http://127.0.0.1:43123/`. */
  readonly url: string;
  /** Stops it. */
  close(): Promise<void>;
}

/** Options for {@link serveStatic}. */
export interface StaticServerOptions {
  /** The built site. */
  readonly root: string;
  /** The path the site is served under, with leading and trailing slash. Default `/`. */
  readonly basePath?: string;
  /** Port; default 0, a free one. */
  readonly port?: number;
}

/** The file under `root` for a request path inside the site, or undefined outside it. */
function fileFor(root: string, inside: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(inside);
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${sep}${decoded}`);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/** Sends `file` with `status`, gzip-compressed when possible; cached compressed bodies in `cache`. */
function send(
  request: IncomingMessage,
  response: ServerResponse,
  file: string,
  status: number,
  cache: Map<string, Buffer<ArrayBuffer>>,
): void {
  const raw = readFileSync(file);
  const gzip = isCompressible(file) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  let body = raw;
  if (gzip) {
    const key = `${file}:${statSync(file).mtimeMs}`;
    body = cache.get(key) ?? gzipSync(raw, { level: GZIP_LEVEL });
    cache.set(key, body);
  }
  response.writeHead(status, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': body.length,
    'Cache-Control': file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(isCompressible(file) ? { Vary: 'Accept-Encoding' } : {}),
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Starts a server for `options.root` on 127.0.0.1 and resolves once it listens. */
export async function serveStatic(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const basePath = options.basePath ?? '/';
  const cache = new Map<string, Buffer<ArrayBuffer>>();
  const notFound = join(root, '404.html');

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = pathname.startsWith(basePath) ? fileFor(root, pathname.slice(basePath.length)) : undefined;
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      const index = join(file, 'index.html');
      if (existsSync(index)) {
        send(request, response, index, 200, cache);
        return;
      }
    } else if (file && existsSync(file)) {
      send(request, response, file, 200, cache);
      return;
    }
    if (existsSync(notFound)) send(request, response, notFound, 404, cache);
    else response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  };

  const server: Server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
