/**
 * What the build's PDF routes and the pages that link to them share: a sheet's public address
 * (the page it belongs to, under the SITE_URL the build is for, so the sub-path build prints its
 * own address), one drawing per handout per build (the page shows the PDF's size, the route
 * writes it), and the response.
 */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { buildDate } from '../press/build-date';
import { absoluteUrl, localizedPath } from '../site/urls';
import { renderPdf } from './document';
import { handoutPageRoute } from './paths';
import { handoutDocument } from './sheets';

export function publicUrl(locale: Locale, routePath: string, site: URL | undefined): string {
  if (!site) throw new Error('The site address (SITE_URL) is needed to print it on PDFs');
  return absoluteUrl(localizedPath(locale, routePath, import.meta.env.BASE_URL), site.href);
}

/** The content file of an entry, named in build errors. */
export const sourceOf = (entry: { id: string; filePath?: string | undefined }, collection: string) => entry.filePath ?? `src/content/${collection}/${entry.id}.mdx`;

const drawn = new Map<string, Promise<Buffer>>();
/** A handout's PDF, drawn once per build however many routes ask for it. */
export function handoutPdf(locale: Locale, entry: CollectionEntry<'handouts'>, site: URL | undefined): Promise<Buffer> {
  let pdf = drawn.get(entry.id);
  if (!pdf) {
    const id = entry.id.slice(entry.id.indexOf('/') + 1);
    const where = { locale, url: publicUrl(locale, handoutPageRoute(id), site), source: sourceOf(entry, 'handouts'), date: buildDate() };
    drawn.set(entry.id, (pdf = renderPdf(handoutDocument(entry.data, where))));
  }
  return pdf;
}

export const pdfResponse = (bytes: Buffer) => new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/pdf' } });
