import zhCN from './strings/zh-CN.json';
import en from './strings/en.json';
import { fillTemplate } from './fill-template';
import { planPlaceholders } from '../plan/metadata';
import type { Locale } from './locales';

/**
 * Interface strings, one flat dot-keyed dictionary per locale. Chinese defines the keys;
 * the English dictionary is typed against them, so a missing English key fails
 * `astro check`, and tests/unit/i18n.test.ts fails on any extra or empty key.
 */
export type UiKey = keyof typeof zhCN;
const dictionaries: Record<Locale, Record<UiKey, string>> = { 'zh-cn': zhCN, en };

/**
 * Looks up a string and fills `{name}` placeholders; the plan's own facts (`{planNumber}`,
 * `{planDate}`, … from src/data/plan-metadata.json) are always available.
 * @example t('en', 'common.measureN', { n: 7 }) === 'Measure 7'
 */
export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  try {
    return fillTemplate(dictionaries[locale][key], { ...planPlaceholders(locale), ...params });
  } catch (error) {
    throw new Error(`UI string "${key}" (${locale}): ${(error as Error).message}`);
  }
}

/**
 * A string as written, placeholders unfilled, for an island or page script that fills it in
 * the browser with `fillTemplate`.
 */
export const uiTemplate = (locale: Locale, key: UiKey): string => dictionaries[locale][key];

/** A translator bound to one locale, for components. */
export function useTranslations(locale: Locale) {
  return (key: UiKey, params?: Record<string, string | number>) => t(locale, key, params);
}
