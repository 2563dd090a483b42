import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { AddressInfo } from 'node:net';
import { type BuiltSite, fileForUrlPath } from './site';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/**
 * Serves a build the way a plain static host does (files only, 404.html for anything else),
 * at its base path, on a free loopback port. Used where `astro preview` cannot stand in,
 * e.g. a build made for another SITE_URL, or with the headers of `public/_headers`.
 */
export async function serveStatic(
  site: BuiltSite,
  headersFor: (urlPath: string) => Record<string, string> = () => ({}),
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = fileForUrlPath(path, site);
    if (!file) {
      res.writeHead(404, { ...headersFor(path), 'Content-Type': TYPES['.html'] });
      res.end(readFileSync(`${site.dir}/404.html`));
      return;
    }
    res.writeHead(200, { ...headersFor(path), 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${site.base}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
