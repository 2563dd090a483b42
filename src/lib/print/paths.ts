/**
 * Where the printable PDFs live: one rule for the routes that write them, the pages that link to
 * them and the tests that look for them. Paths are under the site's base and language prefix.
 */
import type { Locale } from '../i18n/locales';
import { localizedPath } from '../site/urls';

/** The three PDFs of a lesson: the 基础 and 提高 worksheets and the teacher's key. */
export const LESSON_SHEETS = ['worksheet-basic', 'worksheet-advanced', 'worksheet-key'] as const;
export type LessonSheet = (typeof LESSON_SHEETS)[number];

/** Locale-neutral route of a handout's PDF. @example handoutPdfRoute('floor-plan-template') === '/learn/materials/floor-plan-template.pdf' */
export const handoutPdfRoute = (id: string) => `/learn/materials/${id}.pdf`;
/** Locale-neutral route of a handout's page. */
export const handoutPageRoute = (id: string) => `/learn/materials/${id}/`;
/** Locale-neutral route of one of a lesson's PDFs. */
export const lessonPdfRoute = (slug: string, sheet: LessonSheet) => `/learn/${slug}/${sheet}.pdf`;

/** A handout's PDF link for a page. @example handoutPdfPath('en', 'floor-plan-template', '/') === '/en/learn/materials/floor-plan-template.pdf' */
export function handoutPdfPath(locale: Locale, id: string, base: string = import.meta.env.BASE_URL): string {
  return localizedPath(locale, handoutPdfRoute(id), base);
}

/** A lesson's three PDF links for its page: `{ 'worksheet-basic': …, 'worksheet-advanced': …, 'worksheet-key': … }`. */
export function lessonPdfLinks(locale: Locale, slug: string, base: string = import.meta.env.BASE_URL): Record<LessonSheet, string> {
  return Object.fromEntries(LESSON_SHEETS.map((sheet) => [sheet, localizedPath(locale, lessonPdfRoute(slug, sheet), base)])) as Record<LessonSheet, string>;
}
