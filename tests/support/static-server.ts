/**
 * Serves a built site over HTTP on 127.0.0.1, the way a static host would:
 * under its base path, `dir/` as `dir/index.html`, and 404.html for misses.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface StaticServer {
  /** The site's address, base path included, ending in `/`: `http://127.0.0.1:PORT/base/`. */
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** The base path the site was built for (SIASA_BASE); default `/`. */
  base?: string;
}

const octetStream = 'application/octet-stream';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm', // required: browsers refuse to stream-compile WebAssembly served as anything else
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  // Pagefind's index files are gzipped binaries that its script fetches and unpacks itself.
  '.pf_meta': octetStream,
  '.pf_index': octetStream,
  '.pf_fragment': octetStream,
  '.pf_filter': octetStream,
  '.pagefind': octetStream,
};

/** Serves `dist` on an ephemeral port until `close()` is called. */
export async function serveStatic(dist: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dist);
  const base = normalizeBase(options.base ?? '/');
  const server = createServer((request, response) => {
    respond(root, base, request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve, reject) => {
        // A browser's keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function respond(root: string, base: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'Method not allowed');

  // The URL parser already resolves `.` and `..` segments (encoded ones too).
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (`${url.pathname}/` === base) return redirect(response, base + url.search);
  if (!url.pathname.startsWith(base)) return notFound(root, response);

  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    return send(response, 400, 'text/plain', 'Bad request');
  }
  // Still needed after decoding: `%2F..%2F` becomes a real `/../`.
  const file = path.resolve(root, `./${relative}`);
  if (relative.includes('\0') || (file !== root && !file.startsWith(root + path.sep))) {
    return send(response, 403, 'text/plain', 'Forbidden');
  }

  const found = await stat(file).catch(() => undefined);
  if (found?.isDirectory()) {
    if (!url.pathname.endsWith('/')) return redirect(response, `${url.pathname}/${url.search}`);
    return serveFile(root, response, path.join(file, 'index.html'), 200);
  }
  if (found?.isFile()) return serveFile(root, response, file, 200);
  return notFound(root, response);
}

async function serveFile(root: string, response: ServerResponse, file: string, status: number): Promise<void> {
  const body = await readFile(file).catch(() => undefined);
  if (!body) return notFound(root, response);
  send(response, status, contentTypes[path.extname(file).toLowerCase()] ?? octetStream, body);
}

async function notFound(root: string, response: ServerResponse): Promise<void> {
  const page = await readFile(path.join(root, '404.html')).catch(() => undefined);
  if (page) return send(response, 404, contentTypes['.html']!, page);
  send(response, 404, 'text/plain', 'Not found');
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { location });
  response.end();
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  // HEAD requests get the headers only.
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

/** `kenya`, `/kenya` and `/kenya/` all mean `/kenya/`. */
function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
