import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_SITE_URL } from '../../../src/lib/site-origin';

/** The tests serve dist/ where the default SITE_URL says the site lives. */
export const PREVIEW_ORIGIN = new URL(DEFAULT_SITE_URL).origin.replace('localhost', '127.0.0.1');
export const PREVIEW_PORT = Number(new URL(DEFAULT_SITE_URL).port);
export const DIST = 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every HTML file of the build (the Pagefind bundle excluded). */
export function builtHtmlFiles(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests.');
  return walk(DIST).filter((f) => f.endsWith('.html') && !f.startsWith(join(DIST, 'pagefind')));
}

/** URL path of a built file: dist/en/plan/index.html → /en/plan/ ; dist/404.html → /404.html */
export function urlPathOf(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every page a reader can reach, by URL path, sorted. */
export function builtPages(): string[] {
  return builtHtmlFiles().map(urlPathOf).sort();
}

export function readBuilt(urlPath: string): string {
  return readFileSync(fileForUrlPath(urlPath)!, 'utf8');
}

/** The file a static host serves for a URL path, or undefined. */
export function fileForUrlPath(urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  const candidates = decoded.endsWith('/') ? [join(DIST, decoded, 'index.html')] : [join(DIST, decoded), join(DIST, decoded, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
