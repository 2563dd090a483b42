#!/usr/bin/env node
// The one static file server of the project: the end-to-end tests, `npm start` and the bench
// serve a build with it, the way a plain static host would — files only, precompressed copies
// when the browser accepts them, 404.html for anything else, and the response headers of
// public/_headers (so the Content-Security-Policy is in force on every page the tests visit).
//
//   node scripts/static-host.mjs [dir=dist] [--port 4321] [--base /] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/**
 * Reads a `_headers` file (Cloudflare Pages / Netlify format): a path pattern (`*` matches
 * anything) followed by indented `Name: value` lines; `! Name` removes a header an earlier
 * rule set. Rules apply in file order.
 * @param {string} path
 * @returns {(urlPath: string) => Record<string, string>}
 */
export function readHeadersFile(path) {
  /** @type {{ pattern: RegExp, detach: string[], headers: [string, string][] }[]} */
  const rules = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), detach: [], headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${path}: header line before any path: ${line}`);
    const detached = /^\s*!\s*(.+)$/.exec(line);
    if (detached) rule.detach.push(detached[1].trim().toLowerCase());
    else {
      const [name, ...value] = line.trim().split(':');
      rule.headers.push([name.trim().toLowerCase(), value.join(':').trim()]);
    }
  }
  return (urlPath) => {
    /** @type {Record<string, string>} */
    const result = {};
    for (const rule of rules.filter((r) => r.pattern.test(urlPath))) {
      for (const name of rule.detach) delete result[name];
      for (const [name, value] of rule.headers) result[name] = value;
    }
    return result;
  };
}

/**
 * Serves `dir` at `base` on a loopback port (0 = any free one).
 * @param {{ dir: string, base?: string, port?: number, host?: string, headersFile?: string | null }} options
 * @returns {Promise<{ url: string, origin: string, close: () => Promise<void> }>}
 */
export async function serveBuild({ dir, base = '/', port = 0, host = '127.0.0.1', headersFile = 'public/_headers' }) {
  const headersFor = headersFile ? readHeadersFile(headersFile) : () => ({});
  const files = sirv(dir, { dev: false, etag: true, gzip: true, brotli: true, dotfiles: false });
  const notFoundPage = readFileSync(`${dir}/404.html`);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const inside = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : null;
    for (const [name, value] of Object.entries(headersFor(inside ?? url.pathname))) res.setHeader(name, value);
    const notFound = () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFoundPage);
    };
    if (inside === null) return notFound();
    req.url = `${inside}${url.search}`;
    files(req, res, notFound);
  });
  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://${host}:${address.port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve(undefined)))),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at === -1 ? fallback : args.splice(at, 2)[1];
  };
  const port = Number(option('port', '4321'));
  const base = option('base', '/');
  const host = option('host', '127.0.0.1');
  const dir = args[0] ?? 'dist';
  const served = await serveBuild({ dir, base, port, host });
  console.log(`Serving ${dir}/ at ${served.url} (headers from public/_headers). Ctrl+C stops.`);
}
