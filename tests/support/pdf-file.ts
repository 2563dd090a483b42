import { extractText, getDocumentProxy } from 'unpdf';

/**
 * What a PDF holds, for tests: its page count, each page's size in points and each page's text
 * (lines kept, for checking line breaks). NFKC folds the subscript ₂ and full-width punctuation
 * as the e2e helper does, so compare with `normalised` on both sides.
 */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: number; sizes: [number, number][]; text: string[] }> {
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const sizes: [number, number][] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const [x0, y0, x1, y1] = (await document.getPage(n)).view as [number, number, number, number];
    sizes.push([Math.round((x1 - x0) * 100) / 100, Math.round((y1 - y0) * 100) / 100]);
  }
  const { text } = await extractText(document, { mergePages: false });
  return { pages: document.numPages, sizes, text: text as string[] };
}

/** Text for comparing with a PDF's text layer: NFKC, no whitespace (lines break anywhere). */
export const normalised = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Expected page sizes in points (as PDF readers report them), landscape swapped. */
export const PAPER_SIZES = {
  'A4-portrait': [595.28, 841.89],
  'A4-landscape': [841.89, 595.28],
  'A3-portrait': [841.89, 1190.55],
  'A3-landscape': [1190.55, 841.89],
} as const;
