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

/**
 * How to cite one version of a dataset: who publishes it, its title, the exact version and
 * release date, and where to download it (GB/T 7714's [DS] type marks a dataset).
 * @example datasetCitation({…}, 'en', 'https://example.org/data/plan-targets/1.0.0.json')
 *   === 'Xicheng District Carbon Peak Implementation Plan portal. Quantified …, version 1.0.0 (plan-targets@1.0.0) [DS]. Released 2026-11-24. https://…'
 */
export function datasetCitation(
  d: { id: string; version: string; released: string; title: { zh: string; en: string } },
  locale: Locale,
  url: string,
): string {
  return locale === 'zh-cn'
    ? `西城区推进碳达峰实施方案公众信息门户. ${d.title.zh}，版本${d.version}（${d.id}@${d.version}）[DS]. ${d.released}发布. ${url}`
    : `Xicheng District Carbon Peak Implementation Plan portal. ${d.title.en}, version ${d.version} (${d.id}@${d.version}) [DS]. Released ${d.released}. ${url}`;
}
