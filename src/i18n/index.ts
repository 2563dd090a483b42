import zhCN from './zh-CN.json';
import en from './en.json';
import type { Locale } from '../lib/locales';

/**
 * Interface strings, one flat dot-keyed dictionary per locale. Chinese defines the keys;
 * the English dictionary is typed against them, so a missing English key fails
 * `astro check`, and tests/unit/i18n.test.ts fails on any extra or empty key.
 */
export type UiKey = keyof typeof zhCN;
const dictionaries: Record<Locale, Record<UiKey, string>> = { 'zh-cn': zhCN, en };

/**
 * Looks up a string and fills `{name}` placeholders.
 * @example t('en', 'common.measureN', { n: 7 }) === 'Measure 7'
 */
export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  const template = dictionaries[locale][key];
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing parameter "${name}" for UI string "${key}" (${locale})`);
    return String(value);
  });
}

/** A translator bound to one locale, for components. */
export function useTranslations(locale: Locale) {
  return (key: UiKey, params?: Record<string, string | number>) => t(locale, key, params);
}
