import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LOCAL_PREVIEW_URL, parseSiteUrl } from '../../src/lib/site/origin';
import { filesUnder } from '../../src/lib/files/files-under';

/** The tests serve dist/ where the local preview SITE_URL says the site lives. */
export const PREVIEW_ORIGIN = new URL(LOCAL_PREVIEW_URL).origin.replace('localhost', '127.0.0.1');
export const PREVIEW_PORT = Number(new URL(LOCAL_PREVIEW_URL).port);

/**
 * A finished build on disk and the public URL it was built for. The default build is
 * `dist/` for the local preview SITE_URL; `npm run build:subpath` makes a second one under a
 * sub-path so the tests can prove the same code works at any folder of any domain.
 */
export interface BuiltSite {
  dir: string;
  /** Origin the site was built for, e.g. `https://example.org`. */
  origin: string;
  /** Path prefix, always starting and ending with `/`. */
  base: string;
}

export const DEFAULT_BUILD: BuiltSite = { dir: 'dist', ...originAndBase(LOCAL_PREVIEW_URL) };
export const SUBPATH_SITE_URL = 'https://example.org/xicheng-carbon/';
export const SUBPATH_BUILD: BuiltSite = { dir: 'dist-subpath', ...originAndBase(SUBPATH_SITE_URL) };
/** `npm run build:subpath` also builds as of National Low-Carbon Day 2024 (PORTAL_BUILD_DATE), during that year's Energy Conservation Week, so the event banner shows both. */
export const SUBPATH_BUILD_DATE = '2024-05-15';

function originAndBase(siteUrl: string) {
  const { site, base } = parseSiteUrl(siteUrl);
  return { origin: site, base };
}

/** Every HTML file of the build (the Pagefind bundle excluded). */
export function builtHtmlFiles(site: BuiltSite = DEFAULT_BUILD): string[] {
  if (!existsSync(site.dir)) {
    const how = site === SUBPATH_BUILD ? 'npm run build:subpath' : 'npm run build';
    throw new Error(`${site.dir}/ is missing: run \`${how}\` before the end-to-end tests.`);
  }
  return filesUnder(site.dir).filter((f) => f.endsWith('.html') && !f.startsWith(join(site.dir, 'pagefind')));
}

/** URL path of a built file: dist/en/plan/index.html → <base>en/plan/ ; dist/404.html → <base>404.html */
export function urlPathOf(file: string, site: BuiltSite = DEFAULT_BUILD): string {
  const rel = relative(site.dir, file).split(sep).join('/');
  return `${site.base}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every page a reader can reach, by URL path, sorted. */
export function builtPages(site: BuiltSite = DEFAULT_BUILD): string[] {
  return builtHtmlFiles(site).map((f) => urlPathOf(f, site)).sort();
}

export function readBuilt(urlPath: string, site: BuiltSite = DEFAULT_BUILD): string {
  const file = fileForUrlPath(urlPath, site);
  if (!file) throw new Error(`No built file for ${urlPath} in ${site.dir}/`);
  return readFileSync(file, 'utf8');
}

/** The file a static host serves for a URL path, or undefined (also for paths outside the base). */
export function fileForUrlPath(urlPath: string, site: BuiltSite = DEFAULT_BUILD): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  if (!decoded.startsWith(site.base)) return undefined;
  const inside = decoded.slice(site.base.length);
  const candidates = decoded.endsWith('/') ? [join(site.dir, inside, 'index.html')] : [join(site.dir, inside), join(site.dir, inside, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
