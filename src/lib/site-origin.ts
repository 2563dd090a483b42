/**
 * Where the site is published, set in ONE place: the `SITE_URL` environment variable.
 *
 * It may carry a sub-path, so the same code builds for any domain or folder:
 * @example SITE_URL=https://carbon.example.gov.cn/        → site at the domain root
 * @example SITE_URL=https://example.org/xicheng-carbon/   → site under /xicheng-carbon/
 *
 * The default is the local preview address, so a newcomer's build works unchanged.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321/';

export interface SiteOrigin {
  /** Absolute origin, e.g. `https://example.org` (no trailing slash). */
  site: string;
  /** Path prefix Astro calls `base`, always starting and ending with `/`. */
  base: string;
}

export function parseSiteUrl(raw: string | undefined): SiteOrigin {
  const value = raw && raw.trim() !== '' ? raw.trim() : DEFAULT_SITE_URL;
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
