import type { Locale } from '../i18n/locales';

/** Open Graph and Twitter both recommend 1200 × 630 (1.91:1) for large preview images. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * Which pages get a preview image of their own (drawn by src/pages/og/…): the home page, the
 * plan, each measure and each showcase, the pages people share. Every other page shares its
 * language's home card, so every page has an og:image.
 */
export const hasOwnSocialCard = (routePath: string): boolean => /^\/(plan\/|measures\/\d+\/|press\/showcases\/[^/]+\/)?$/.test(routePath);

/**
 * Where a page's card is, relative to the site root.
 * @example socialCardPath('en', '/measures/7/') === 'og/en/measures-7.png'
 * @example socialCardPath('zh-cn', '/targets/') === 'og/zh-cn/home.png'
 */
export function socialCardPath(locale: Locale, routePath: string | undefined): string {
  const own = routePath !== undefined && hasOwnSocialCard(routePath) ? routePath : '/';
  return `og/${locale}/${own === '/' ? 'home' : own.slice(1, -1).replaceAll('/', '-')}.png`;
}
