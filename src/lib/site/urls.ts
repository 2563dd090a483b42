import { type Locale, DEFAULT_LOCALE } from '../i18n/locales';

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

/**
 * A link written root-relative in content, under the site's base; anything else (other sites,
 * `#anchors`, `//host` links) is left alone.
 * @example withBase('/plan/#measure-21', '/xicheng-carbon/') === '/xicheng-carbon/plan/#measure-21'
 */
export function withBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return href.startsWith(`${trimmedBase}/`) && trimmedBase ? href : `${trimmedBase}${href}`;
}
