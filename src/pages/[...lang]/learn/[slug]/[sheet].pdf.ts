import type { APIRoute } from 'astro';
import { lessonEntries, slugOf } from '../../../../lib/content/queries';
import { LOCALES, localeSegment, type Locale } from '../../../../lib/i18n/locales';
import { renderPdf } from '../../../../lib/print/document';
import { lessonDocument } from '../../../../lib/print/sheets';
import { LESSON_SHEETS, type LessonSheet } from '../../../../lib/print/paths';
import { pdfResponse, publicUrl, sourceOf } from '../../../../lib/print/publish';
import { buildDate } from '../../../../lib/press/build-date';

// /learn/<slug>/worksheet-basic.pdf, worksheet-advanced.pdf and worksheet-key.pdf (教师用):
// each lesson's worksheets and answer key as A4 PDFs drawn at build time (src/lib/print/).
export async function getStaticPaths() {
  const paths = [];
  for (const locale of LOCALES) {
    for (const entry of await lessonEntries(locale)) {
      for (const sheet of LESSON_SHEETS) paths.push({ params: { lang: localeSegment(locale), slug: slugOf(entry), sheet }, props: { locale, entry, sheet } });
    }
  }
  return paths;
}

type Props = { locale: Locale; entry: Awaited<ReturnType<typeof lessonEntries>>[number]; sheet: LessonSheet };

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, entry, sheet } = props as Props;
  const where = { locale, url: publicUrl(locale, `/learn/${slugOf(entry)}/`, site), source: sourceOf(entry, 'lessons'), date: buildDate() };
  return pdfResponse(await renderPdf(lessonDocument(entry.data, sheet, where)));
};
