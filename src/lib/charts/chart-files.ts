import { BCP47, type Locale } from '../i18n/locales';

/**
 * File names of a chart's downloads under /charts/: the CSV holds both languages' labels, the
 * PNG is drawn once per language.
 * @example chartPngFile('targets-by-deadline', 'en') === 'targets-by-deadline.en.png'
 */
export const chartPngFile = (id: string, locale: Locale) => `${id}.${BCP47[locale]}.png`;
export const chartCsvFile = (id: string) => `${id}.csv`;
