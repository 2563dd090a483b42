import type { Locale } from './locales';

/**
 * A date as readers of the page's language write it: "2023年10月20日" / "20 October 2023", and
 * "2023年10月" / "October 2023" or "2023年" / "2023" when only the month or year is known.
 * Sources often give only a month or a year; an ISO string would read as code in running text.
 */
export function formatDate(locale: Locale, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number?, number?];
  if (!month) return locale === 'zh-cn' ? `${year}年` : String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale === 'zh-cn' ? 'zh-CN' : 'en-GB', options).format(date);
}

/**
 * Text with every full ISO date in it (2024-12-20) written as readers of the page's language write
 * dates. For text released as data, such as a dataset row's source note, which must stay as
 * published but reads as running text on a page.
 */
export function datesInWords(locale: Locale, text: string): string {
  return text.replace(/(?<![\w-])(\d{4}-\d{2}-\d{2})(?![\w-])/g, (iso) => formatDate(locale, iso));
}
