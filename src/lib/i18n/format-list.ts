import { FORMAT_LOCALE, type Locale } from './locales';

/** A piece of a formatted list: one of the items, or the words and punctuation between them. */
export type ListPart<T> = { item: T } | { text: string };

/**
 * A list as the language writes it: "3, 16 and 21" (en-GB: no serial comma), "3、16和21".
 * Items keep their order; the parts let a page link each item.
 */
const conjunction = (locale: Locale) => new Intl.ListFormat(FORMAT_LOCALE[locale], { style: 'long', type: 'conjunction' });
/** Measure numbers once each, in ascending order. */
const ascending = (numbers: readonly number[]) => [...new Set(numbers)].sort((a, b) => a - b);

export function listParts<T>(locale: Locale, items: readonly T[], label: (item: T) => string = String): ListPart<T>[] {
  const parts = conjunction(locale).formatToParts(items.map(label));
  let next = 0;
  return parts.map((p) => (p.type === 'element' ? { item: items[next++]! } : { text: p.value }));
}

export function formatList(locale: Locale, items: readonly string[]): string {
  return conjunction(locale).format(items);
}

/**
 * Measure numbers in ascending order, as a reader refers to them: "measures 3, 16 and 21" /
 * "measure 7" in English, "第3、16、21条" in Chinese (the 、 series of official documents).
 * Returns the words before the numbers, the numbers with what separates them, and the words after.
 */
export function measureListParts(locale: Locale, numbers: readonly number[]): { before: string; parts: ListPart<number>[]; after: string } {
  const sorted = ascending(numbers);
  if (locale === 'zh-cn') {
    return { before: '第', parts: sorted.flatMap((n, i) => (i ? [{ text: '、' }, { item: n }] : [{ item: n }])), after: '条' };
  }
  return { before: sorted.length === 1 ? 'measure ' : 'measures ', parts: listParts(locale, sorted), after: '' };
}

/** The same as plain text: "measures 3, 16 and 21", "第3、16、21条". */
export function measureList(locale: Locale, numbers: readonly number[]): string {
  const { before, parts, after } = measureListParts(locale, numbers);
  return before + parts.map((p) => ('item' in p ? String(p.item) : p.text)).join('') + after;
}

/** A measure named with its title: "Measure 6: Build up the power distribution network", "第6条 加强配电网络建设". */
export function measureHeading(locale: Locale, n: number, title: string): string {
  return locale === 'zh-cn' ? `第${n}条 ${title}` : `Measure ${n}: ${title}`;
}

/** After a label that already says "measures": "3, 16 and 21" in English, "第3、16、21条" in Chinese. */
export function measureNumbers(locale: Locale, numbers: readonly number[]): string {
  if (locale === 'zh-cn') return measureList(locale, numbers);
  return formatList(locale, ascending(numbers).map(String));
}
