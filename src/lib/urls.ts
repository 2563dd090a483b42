import { type Locale, DEFAULT_LOCALE } from './locales';

/**
 * Builds a site-internal URL for a locale-neutral route path.
 * `base` is Astro's `import.meta.env.BASE_URL` (always ends with `/`).
 * @example localizedPath('en', '/measures/7/', '/') === '/en/measures/7/'
 * @example localizedPath('zh-cn', '/plan/', '/carbon/') === '/carbon/plan/'
 */
export function localizedPath(locale: Locale, routePath: string, base: string): string {
  if (!routePath.startsWith('/')) throw new Error(`Route path must start with "/": ${routePath}`);
  const prefix = locale === DEFAULT_LOCALE ? '' : `${locale}/`;
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return `${trimmedBase}${prefix}${routePath.slice(1)}`;
}

/** Absolute URL for canonical links, hreflang alternates and the sitemap. */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site).href;
}
