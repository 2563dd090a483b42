import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';

/**
 * Text for comparing with a PDF's text layer: Chromium's CJK fonts map some glyphs to Kangxi
 * radicals (⽅ for 方), which NFKC folds back (full-width punctuation becomes ASCII too, so both
 * sides must be normalised); whitespace is dropped because line breaks fall anywhere.
 */
export const normalised = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** The current page printed to A4 (print media): its page count and each page's normalised text. */
export async function printedPdf(page: Page): Promise<{ pages: number; text: string[] }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return { pages: document.numPages, text: (text as string[]).map(normalised) };
}
