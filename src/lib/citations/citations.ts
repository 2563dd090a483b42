/**
 * Every way the site cites the plan and its data, in one place, from the plan's facts in
 * src/data/plan-metadata.json:
 * - short citations the "copy citation" controls copy (the plan, a measure, a section);
 * - reference-list entries in the two styles readers ask for: GB/T 7714-2015 (Chinese academic
 *   and official writing) and APA 7 (international academic), for the plan, a measure and a
 *   released dataset version — the same on /press/ and /data/.
 * Each is given in the page's language; the English names the translation as unofficial.
 */
import { PLAN } from '../plan/metadata';
import { pick, type Locale } from '../i18n/locales';

export interface CitationPair {
  gbt7714: string;
  apa: string;
}

/** The plan's short citation: its title and document number. */
export const planShortCitation = (locale: Locale): string =>
  locale === 'zh-cn' ? `${PLAN.title.zh}（${PLAN.documentNumber.zh}）` : `${PLAN.title.en} (${PLAN.documentNumber.en})`;

/**
 * The line the "copy citation" control copies for one measure.
 * @example measureCitation(7, 'zh-cn') === '西城区推进碳达峰实施方案（西政发〔2022〕10号）第7条'
 */
export function measureCitation(measure: number, locale: Locale): string {
  return locale === 'zh-cn' ? `${planShortCitation(locale)}第${measure}条` : `${planShortCitation(locale)}, Measure ${measure}`;
}

/** Citation of a section by its heading, e.g. “二、主要目标”. */
export function sectionCitation(heading: string, locale: Locale): string {
  return locale === 'zh-cn' ? `${planShortCitation(locale)}${heading}` : `${planShortCitation(locale)}, ${heading}`;
}

const issuer = (locale: Locale) => pick(locale, PLAN.issuer);
const apaDate = (locale: Locale) => {
  const [year, month, day] = PLAN.issued.split('-').map(Number) as [number, number, number];
  if (locale === 'zh-cn') return `${year}年${month}月${day}日`;
  const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
  return `${year}, ${monthName} ${day}`;
};
/** APA writes a title in sentence case: only the first word and proper names capitalised. */
const apaTitleEn = () => PLAN.title.en.replace(/ Implementation Plan for Advancing Carbon Peaking$/, ' implementation plan for advancing carbon peaking');

/**
 * The plan itself. `accessed` is the GB/T 7714 citation date (引用日期), YYYY-MM-DD.
 * @example planCitations('zh-cn', 'https://…/plan/', '2026-11-26').gbt7714
 *   === '北京市西城区人民政府. 西城区推进碳达峰实施方案：西政发〔2022〕10号[EB/OL]. (2022-12-29)[2026-11-26]. https://…/plan/.'
 */
export function planCitations(locale: Locale, url: string, accessed: string): CitationPair {
  return locale === 'zh-cn'
    ? {
        gbt7714: `${issuer(locale)}. ${PLAN.title.zh}：${PLAN.documentNumber.zh}[EB/OL]. (${PLAN.issued})[${accessed}]. ${url}.`,
        apa: `${issuer(locale)}. (${apaDate(locale)}). ${planShortCitation(locale)}. ${url}`,
      }
    : {
        gbt7714: `${issuer(locale)}. ${PLAN.title.en}: ${PLAN.documentNumber.en} [EB/OL]. Unofficial English translation. (${PLAN.issued})[${accessed}]. ${url}.`,
        apa: `${issuer(locale)}. (${apaDate(locale)}). ${apaTitleEn()} (${PLAN.documentNumber.en}) [Unofficial English translation]. ${url}`,
      };
}

/** One measure of the plan, named by its number and title. */
export function measureCitations(n: number, title: string, locale: Locale, url: string, accessed: string): CitationPair {
  return locale === 'zh-cn'
    ? {
        gbt7714: `${issuer(locale)}. ${PLAN.title.zh}：${PLAN.documentNumber.zh} 第${n}项措施“${title}”[EB/OL]. (${PLAN.issued})[${accessed}]. ${url}.`,
        apa: `${issuer(locale)}. (${apaDate(locale)}). ${planShortCitation(locale)}，第${n}项措施：${title}. ${url}`,
      }
    : {
        gbt7714: `${issuer(locale)}. ${PLAN.title.en}: ${PLAN.documentNumber.en}, Measure ${n} "${title}" [EB/OL]. Unofficial English translation. (${PLAN.issued})[${accessed}]. ${url}.`,
        apa: `${issuer(locale)}. (${apaDate(locale)}). Measure ${n}: ${title}. In ${apaTitleEn()} (${PLAN.documentNumber.en}) [Unofficial English translation]. ${url}`,
      };
}

/** One released version of a dataset ([DS/OL] and APA's "[Data set]" mark it as data). */
export function datasetCitations(
  d: { version: string; released: string; title: { zh: string; en: string } },
  locale: Locale,
  url: string,
  accessed: string,
): CitationPair {
  const year = d.released.slice(0, 4);
  const portal = pick(locale, PLAN.portal);
  return locale === 'zh-cn'
    ? {
        gbt7714: `${portal}. ${d.title.zh}：版本${d.version}[DS/OL]. (${d.released})[${accessed}]. ${url}.`,
        apa: `${portal}. (${year}). ${d.title.zh}（版本${d.version}）[数据集]. ${url}`,
      }
    : {
        gbt7714: `${portal}. ${d.title.en}: version ${d.version} [DS/OL]. (${d.released})[${accessed}]. ${url}.`,
        apa: `${portal}. (${year}). ${d.title.en} (Version ${d.version}) [Data set]. ${url}`,
      };
}
