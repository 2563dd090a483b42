/**
 * The two languages of the portal. Chinese is the default and is served without a prefix
 * (`/plan/`); English lives under `/en/` (`/en/plan/`).
 */
export const LOCALES = ['zh-cn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-cn';

/** BCP-47 tags for `<html lang>`, `hreflang` and Pagefind's per-language index. */
export const BCP47: Record<Locale, string> = { 'zh-cn': 'zh-CN', en: 'en' };
/** The locale numbers, dates and lists are formatted in: British English (docs/english-style.md). */
export const FORMAT_LOCALE: Record<Locale, string> = { 'zh-cn': 'zh-CN', en: 'en-GB' };

/** The URL prefix segment of a locale (`undefined` for the unprefixed default). */
export function localeSegment(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** Reads the `[...lang]` route parameter back into a locale. */
export function localeFromParam(param: string | undefined): Locale {
  if (param === undefined || param === '') return DEFAULT_LOCALE;
  if (param === 'en') return 'en';
  throw new Error(`Unknown locale segment "${param}"`);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-cn' : 'en';
}

/** `getStaticPaths` entries for a page that exists once per locale. */
export function localeStaticPaths() {
  return LOCALES.map((locale) => ({ params: { lang: localeSegment(locale) }, props: { locale } }));
}

/**
 * The side of a bilingual value for a language: the one way the site chooses between `zh` and `en`.
 * @example pick('en', { zh: '光伏', en: 'photovoltaic' }) === 'photovoltaic'
 */
export const pick = <T>(locale: Locale, value: { zh: T; en: T }): T => (locale === 'zh-cn' ? value.zh : value.en);

/** Punctuation that differs between the languages (full-width in Chinese). */
export const PUNCTUATION = {
  colon: { zh: '：', en: ': ' },
  listSeparator: { zh: '、', en: ', ' },
  semicolon: { zh: '；', en: '; ' },
} as const;
