import type { Locale } from '../i18n/locales';
import { t, type UiKey } from '../i18n/translate';

// Shared look-ups for the cases and pilots pages.

/** Sorted distinct values, e.g. every year that appears in a list. */
export const distinct = <T extends string | number>(values: T[]): T[] =>
  [...new Set(values)].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))));

/** Label of an enum value through its i18n key, e.g. label('zh-cn', 'sector', 'energy') === '能源'. */
export const label = (locale: Locale, group: 'sector' | 'street' | 'pilotKind' | 'pilotStatus', value: string) =>
  t(locale, `${group}.${value}` as UiKey);
