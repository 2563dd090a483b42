/**
 * Ready-made reference-list entries for the press kit, in the two styles readers ask for:
 * GB/T 7714-2015 (Chinese academic and official writing) and APA 7 (international academic).
 * Each is given in the page's language; the English names the translation as unofficial.
 */
import type { Locale } from '../locales';

export interface CitationPair {
  gbt7714: string;
  apa: string;
}

const ISSUER = { 'zh-cn': '北京市西城区人民政府', en: "People's Government of Xicheng District, Beijing" } as const;
const PORTAL = { 'zh-cn': '西城区推进碳达峰实施方案公众信息门户', en: 'Xicheng District Carbon Peak Implementation Plan portal' } as const;
const ISSUED = '2022-12-29';

/**
 * The plan itself. `accessed` is the GB/T 7714 citation date (引用日期), YYYY-MM-DD.
 * @example planCitations('zh-cn', 'https://…/plan/', '2026-11-26').gbt7714
 *   === '北京市西城区人民政府. 西城区推进碳达峰实施方案：西政发〔2022〕10号[EB/OL]. (2022-12-29)[2026-11-26]. https://…/plan/.'
 */
export function planCitations(locale: Locale, url: string, accessed: string): CitationPair {
  return locale === 'zh-cn'
    ? {
        gbt7714: `${ISSUER['zh-cn']}. 西城区推进碳达峰实施方案：西政发〔2022〕10号[EB/OL]. (${ISSUED})[${accessed}]. ${url}.`,
        apa: `${ISSUER['zh-cn']}. (2022年12月29日). 西城区推进碳达峰实施方案（西政发〔2022〕10号）. ${url}`,
      }
    : {
        gbt7714: `${ISSUER.en}. Xicheng District Carbon Peak Implementation Plan: Xi Zheng Fa [2022] No. 10 [EB/OL]. Unofficial English translation. (${ISSUED})[${accessed}]. ${url}.`,
        apa: `${ISSUER.en}. (2022, December 29). Xicheng District carbon peak implementation plan (Xi Zheng Fa [2022] No. 10) [Unofficial English translation]. ${url}`,
      };
}

/** One measure of the plan, named by its number and title. */
export function measureCitations(n: number, title: string, locale: Locale, url: string, accessed: string): CitationPair {
  return locale === 'zh-cn'
    ? {
        gbt7714: `${ISSUER['zh-cn']}. 西城区推进碳达峰实施方案：西政发〔2022〕10号 第${n}项措施“${title}”[EB/OL]. (${ISSUED})[${accessed}]. ${url}.`,
        apa: `${ISSUER['zh-cn']}. (2022年12月29日). 西城区推进碳达峰实施方案（西政发〔2022〕10号），第${n}项措施：${title}. ${url}`,
      }
    : {
        gbt7714: `${ISSUER.en}. Xicheng District Carbon Peak Implementation Plan: Xi Zheng Fa [2022] No. 10, Measure ${n} "${title}" [EB/OL]. Unofficial English translation. (${ISSUED})[${accessed}]. ${url}.`,
        apa: `${ISSUER.en}. (2022, December 29). Measure ${n}: ${title}. In Xicheng District carbon peak implementation plan (Xi Zheng Fa [2022] No. 10) [Unofficial English translation]. ${url}`,
      };
}

/** One released version of a dataset ([DS/OL] and APA's "[Data set]" mark it as data). */
export function datasetCitations(
  d: { id: string; version: string; released: string; title: { zh: string; en: string } },
  locale: Locale,
  url: string,
  accessed: string,
): CitationPair {
  const year = d.released.slice(0, 4);
  return locale === 'zh-cn'
    ? {
        gbt7714: `${PORTAL['zh-cn']}. ${d.title.zh}：版本${d.version}[DS/OL]. (${d.released})[${accessed}]. ${url}.`,
        apa: `${PORTAL['zh-cn']}. (${year}). ${d.title.zh}（版本${d.version}）[数据集]. ${url}`,
      }
    : {
        gbt7714: `${PORTAL.en}. ${d.title.en}: version ${d.version} [DS/OL]. (${d.released})[${accessed}]. ${url}.`,
        apa: `${PORTAL.en}. (${year}). ${d.title.en} (Version ${d.version}) [Data set]. ${url}`,
      };
}
