// A tiny static server on 127.0.0.1: the app at /, the peer pages at /pages/, the datasets at /bench-data/.

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.graphml': 'application/xml',
  '.gexf': 'application/xml',
  '.csv': 'text/csv',
};

/** A running server: its origin, the paths it served (to count the JavaScript a page loads), and a stop. */
export interface StaticServer {
  origin: string;
  served: string[];
  close(): Promise<void>;
}

/** URL prefixes and the folders they map to; the first matching prefix wins, so '/' goes last. */
export type Mounts = readonly (readonly [prefix: string, folder: string])[];

function resolveFile(mounts: Mounts, pathname: string): string | null {
  for (const [prefix, folder] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
    const file = normalize(join(folder, relative));
    // Never serve outside the mounted folder, whatever the URL says.
    if (!file.startsWith(normalize(folder) + sep)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
    return file;
  }
  return null;
}

/** Starts the server on a free port of 127.0.0.1; no compression and no caching, the same for every page. */
export async function startServer(mounts: Mounts): Promise<StaticServer> {
  const served: string[] = [];
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveFile(mounts, pathname);
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
      return;
    }
    served.push(file);
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
