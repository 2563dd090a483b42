import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { readFrontmatter } from '../support/frontmatter';
import { DEFAULT_BUILD, SUBPATH_BUILD, SUBPATH_SITE_URL, fileForUrlPath, readBuilt, type BuiltSite } from '../support/built-site';
import { PAPER_SIZES, normalised, readPdf } from '../support/pdf-file';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales';
import { localizedPath } from '../../src/lib/site/urls';
import { LESSON_SHEETS, handoutPageRoute, handoutPdfRoute, lessonPdfRoute } from '../../src/lib/print/paths';

// The printable PDFs in the finished builds (src/lib/print/, written by the routes under
// src/pages/[...lang]/learn/): every handout of every language and every lesson's two worksheets
// and key exist, open and fit their paper; every handout a lesson names has its page; the
// sub-path build prints its own public address on them.
const frontmatter = (collection: string, locale: Locale) =>
  readdirSync(`src/content/${collection}/${locale}`)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const file = `src/content/${collection}/${locale}/${f}`;
      return { id: f.replace(/\.mdx$/, ''), data: readFrontmatter(file, readFileSync(file, 'utf8')).data as Record<string, unknown> };
    });

function pdfAt(site: BuiltSite, locale: Locale, route: string): Uint8Array {
  const path = localizedPath(locale, route, site.base);
  const file = fileForUrlPath(path, site);
  if (!file) throw new Error(`${site.dir}: no PDF at ${path}`);
  return new Uint8Array(readFileSync(file));
}

describe.each(LOCALES)('PDFs of the %s pages', (locale) => {
  const handouts = frontmatter('handouts', locale);
  const lessons = frontmatter('lessons', locale);

  it.each(handouts.map((h) => [h.id, h] as const))('handout %s opens on its paper, with its page linking to it', async (id, h) => {
    const paper = (h.data.paper ?? 'A4') as 'A4' | 'A3';
    const orientation = (h.data.orientation ?? 'portrait') as 'portrait' | 'landscape';
    const pdf = await readPdf(pdfAt(DEFAULT_BUILD, locale, handoutPdfRoute(id)));
    expect(pdf.pages).toBeGreaterThan(0);
    expect(pdf.sizes).toEqual(Array.from({ length: pdf.pages }, () => [...PAPER_SIZES[`${paper}-${orientation}`]]));
    expect(normalised(pdf.text[0]!)).toContain(normalised(String(h.data.title)));
    expect(readBuilt(localizedPath(locale, handoutPageRoute(id), DEFAULT_BUILD.base))).toContain(`href="${localizedPath(locale, handoutPdfRoute(id), DEFAULT_BUILD.base)}"`);
  });

  it.each(lessons.map((l) => [l.id] as const))('lesson %s has its three PDFs on A4', async (slug) => {
    for (const sheet of LESSON_SHEETS) {
      const pdf = await readPdf(pdfAt(DEFAULT_BUILD, locale, lessonPdfRoute(slug, sheet)));
      expect(pdf.pages, sheet).toBeGreaterThan(0);
      expect(pdf.sizes.every(([w, h]) => w === PAPER_SIZES['A4-portrait'][0] && h === PAPER_SIZES['A4-portrait'][1]), sheet).toBe(true);
    }
  });

  it('has a page for every handout a lesson names, listed on the materials page', () => {
    const list = readBuilt(localizedPath(locale, '/learn/materials/', DEFAULT_BUILD.base));
    for (const l of lessons) {
      for (const id of (l.data.handouts ?? []) as string[]) {
        const page = localizedPath(locale, handoutPageRoute(id), DEFAULT_BUILD.base);
        expect(fileForUrlPath(page), `${l.id} names ${id}`).toBeDefined();
        expect(list).toContain(`href="${page}"`);
      }
    }
  });
});

it('prints the sub-path build’s public address on its PDFs, never a local one', async () => {
  const id = frontmatter('handouts', 'en')[0]!.id;
  const bytes = pdfAt(SUBPATH_BUILD, 'en', handoutPdfRoute(id));
  const text = normalised((await readPdf(bytes)).text.join(''));
  expect(text).toContain(`${SUBPATH_SITE_URL}en/learn/materials/${id}/`);
  expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
});
