import { LOCALES, type Locale } from './locales';

/**
 * Narrows `Astro.currentLocale` (a plain string, set by Astro's i18n routing from the URL)
 * to our Locale type, failing loudly instead of rendering the wrong language.
 */
export function requireLocale(value: string | undefined): Locale {
  const found = LOCALES.find((l) => l === value);
  if (!found) throw new Error(`Page has no known locale (Astro.currentLocale = ${String(value)})`);
  return found;
}
