import type { Locale } from './locales';

/** The plan's short citation, in each language. The English names the unofficial translation. */
export const PLAN_CITATION: Record<Locale, string> = {
  'zh-cn': '西城区推进碳达峰实施方案（西政发〔2022〕10号）',
  en: 'Xicheng District Carbon Peak Implementation Plan (Xi Zheng Fa [2022] No. 10)',
};

/**
 * The line the "copy citation" control copies for one measure.
 * @example measureCitation(7, 'zh-cn') === '西城区推进碳达峰实施方案（西政发〔2022〕10号）第7条'
 */
export function measureCitation(measure: number, locale: Locale): string {
  return locale === 'zh-cn'
    ? `${PLAN_CITATION['zh-cn']}第${measure}条`
    : `${PLAN_CITATION.en}, Measure ${measure}`;
}

/** Citation of a section by its heading, e.g. “二、主要目标”. */
export function sectionCitation(heading: string, locale: Locale): string {
  return locale === 'zh-cn' ? `${PLAN_CITATION['zh-cn']}${heading}` : `${PLAN_CITATION.en}, ${heading}`;
}
