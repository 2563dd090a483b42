/**
 * Where the site is published, set in ONE place: the `SITE_URL` environment variable.
 *
 * It may carry a sub-path, so the same code builds for any domain or folder:
 * @example SITE_URL=https://carbon.example.gov.cn/        → site at the domain root
 * @example SITE_URL=https://example.org/xicheng-carbon/   → site under /xicheng-carbon/
 *
 * A build for publication must say where it will live: without SITE_URL, `astro build` stops,
 * so no published page, citation, feed or sitemap can carry a local address. `npm start` (a
 * local preview) and `astro dev` use the local preview address.
 */
export const LOCAL_PREVIEW_URL = 'http://localhost:4321/';

export interface SiteOrigin {
  /** Absolute origin, e.g. `https://example.org` (no trailing slash). */
  site: string;
  /** Path prefix Astro calls `base`, always starting and ending with `/`. */
  base: string;
}

export const MISSING_SITE_URL = [
  'SITE_URL is not set: a build for publication needs the address the site will be published at,',
  'so that citations, embed codes, canonical links, feeds and the sitemap point there. Build with, e.g.:',
  '  SITE_URL=https://carbon.example.gov.cn/ npm run build',
  'For a local preview, run `npm start` (it builds for http://localhost:4321/ and serves the site).',
].join('\n');

/** `required`: a production build, where a missing SITE_URL is an error rather than the local address. */
export function parseSiteUrl(raw: string | undefined, { required = false } = {}): SiteOrigin {
  const given = raw && raw.trim() !== '' ? raw.trim() : undefined;
  if (!given && required) throw new Error(MISSING_SITE_URL);
  const value = given ?? LOCAL_PREVIEW_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL is not an absolute URL: "${value}" (example: https://example.org/carbon/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https, got "${url.protocol}" in "${value}"`);
  }
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: url.origin, base };
}
