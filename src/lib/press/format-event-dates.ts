import type { Locale } from '../i18n/locales';
import type { EventDates } from './showcase-calendar';

/**
 * An event's dates for reading: one day, or a range within a month or across months.
 * @example formatEventDates({ start: '2021-08-23', end: '2021-08-29' }, 'zh-cn') === '2021年8月23日至29日'
 * @example formatEventDates({ start: '2021-08-23', end: '2021-08-29' }, 'en') === '23–29 August 2021'
 */
export function formatEventDates({ start, end }: EventDates, locale: Locale): string {
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
  if (locale === 'zh-cn') {
    if (start === end) return `${y1}年${m1}月${d1}日`;
    if (y1 === y2 && m1 === m2) return `${y1}年${m1}月${d1}日至${d2}日`;
    return y1 === y2 ? `${y1}年${m1}月${d1}日至${m2}月${d2}日` : `${y1}年${m1}月${d1}日至${y2}年${m2}月${d2}日`;
  }
  const month = (m: number) => new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 1)));
  if (start === end) return `${d1} ${month(m1)} ${y1}`;
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${month(m1)} ${y1}`;
  return y1 === y2 ? `${d1} ${month(m1)} – ${d2} ${month(m2)} ${y1}` : `${d1} ${month(m1)} ${y1} – ${d2} ${month(m2)} ${y2}`;
}
