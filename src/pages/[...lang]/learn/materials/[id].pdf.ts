import type { APIRoute } from 'astro';
import { handoutEntries, slugOf } from '../../../../lib/content/queries';
import { LOCALES, localeSegment, type Locale } from '../../../../lib/i18n/locales';
import { handoutPdf, pdfResponse } from '../../../../lib/print/publish';

// /learn/materials/<id>.pdf — each handout drawn as an A4 or A3 PDF at build time (src/lib/print/).
export async function getStaticPaths() {
  const paths = [];
  for (const locale of LOCALES) {
    for (const entry of await handoutEntries(locale)) paths.push({ params: { lang: localeSegment(locale), id: slugOf(entry) }, props: { locale, entry } });
  }
  return paths;
}

type Props = { locale: Locale; entry: Awaited<ReturnType<typeof handoutEntries>>[number] };

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, entry } = props as Props;
  return pdfResponse(await handoutPdf(locale, entry, site));
};
