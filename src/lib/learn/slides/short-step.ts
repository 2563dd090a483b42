import type { Locale } from '../../i18n/locales';

/** Longest bullet a slide shows for one step, in characters (Chinese) or letters (English). */
export const MAX_BULLET = { 'zh-cn': 48, en: 150 } as const;

/**
 * The first sentence of a step, for a slide bullet; the whole step stays in the speaker notes.
 * Sentence ends inside quotation marks (“……？”) do not count. A first sentence still too long for a
 * slide is cut after the last comma before the limit and marked with an ellipsis.
 */
export function shortStep(step: string, locale: Locale): string {
  const chars = [...step.trim()];
  let depth = 0;
  let end = chars.length;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '“' || c === '‘' || c === '「') depth++;
    else if ((c === '”' || c === '’' || c === '」') && depth > 0) depth--;
    else if (depth === 0 && (locale === 'en' ? /[.!?]/.test(c) && (chars[i + 1] === undefined || chars[i + 1] === ' ') : /[。！？；]/.test(c))) {
      end = i + 1;
      break;
    }
  }
  let sentence = chars.slice(0, end).join('');
  const max = MAX_BULLET[locale];
  if ([...sentence].length <= max) return sentence;
  const head = [...sentence].slice(0, max).join('');
  const comma = Math.max(head.lastIndexOf(locale === 'en' ? ', ' : '，'), head.lastIndexOf(locale === 'en' ? '; ' : '；'));
  sentence = comma > max / 3 ? head.slice(0, comma) : head;
  return `${sentence}…`;
}
