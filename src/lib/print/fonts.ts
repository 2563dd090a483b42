/**
 * The fonts printed sheets are set in: the committed subsets of Noto Sans CJK SC (Regular for
 * text, Bold for headings) with DejaVu Sans for the few symbols the CJK font lacks (₂ in CO₂),
 * made by scripts/subset-image-font.py, so PDFs look the same on every build machine and no
 * system font is read. pdfkit embeds only the glyphs a document uses.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { imageFontCharacters } from '../images/image-font';
import { assertDrawable } from '../images/font-coverage';

export type Weight = 'regular' | 'bold';

const FILES: Record<Weight, { main: string; fallback: string }> = {
  regular: { main: 'src/assets/fonts/NotoSansSC-Regular-subset.otf', fallback: 'src/assets/fonts/DejaVuSans-Regular-fallback-subset.ttf' },
  bold: { main: 'src/assets/fonts/NotoSansSC-Bold-subset.otf', fallback: 'src/assets/fonts/DejaVuSans-Bold-fallback-subset.ttf' },
};

const bytes = new Map<string, Buffer>();
const fontBytes = (file: string) => {
  let b = bytes.get(file);
  if (!b) bytes.set(file, (b = readFileSync(resolve(process.cwd(), file))));
  return b;
};

/** pdfkit's name for a weight's main or fallback font. */
export const fontName = (weight: Weight, fallback = false) => `${weight}${fallback ? '-fallback' : ''}`;

/** Registers the four fonts with a document (each is embedded only if used). */
export function registerPrintFonts(doc: PDFKit.PDFDocument): void {
  for (const weight of ['regular', 'bold'] as const) {
    doc.registerFont(fontName(weight), fontBytes(FILES[weight].main));
    doc.registerFont(fontName(weight, true), fontBytes(FILES[weight].fallback));
  }
  // Load the text font first in every document, so the fonts' order in the file never depends
  // on which document happened to be drawn first in the build (see mainCodePoints).
  doc.font(fontName('regular'));
}

let mainCharacters: Set<number> | undefined;
/**
 * Code points the CJK subset draws itself; the others go to the fallback. Read through pdfkit's
 * font loader (fontkit) so no second font library is needed.
 */
function mainCodePoints(doc: PDFKit.PDFDocument): Set<number> {
  if (!mainCharacters) {
    doc.font(fontName('regular'));
    const font = (doc as unknown as { _font: { font: { characterSet: number[] } } })._font.font;
    mainCharacters = new Set(font.characterSet);
  }
  return mainCharacters;
}

/**
 * Where the baseline sits below the top of a line, in points, by the main font's metrics: passed
 * as pdfkit's `baseline` to every run, so symbols from the fallback (whose ascender is lower)
 * sit on the same baseline instead of riding high.
 */
export function mainAscent(doc: PDFKit.PDFDocument, weight: Weight, size: number): number {
  doc.font(fontName(weight));
  return ((doc as unknown as { _font: { ascender: number } })._font.ascender / 1000) * size;
}

export interface TextRun {
  text: string;
  fallback: boolean;
}

/**
 * Punctuation set in the fallback in English: the CJK font's quotation marks, apostrophe, dashes
 * and ellipsis are full-width and would leave gaps in “Xicheng’s” (the subset script puts these
 * in the fallback subsets too). Chinese keeps the full-width forms.
 */
const LATIN_PUNCTUATION = new Set('‘’“”–—…');

/** Splits text into runs set in the main font and runs set in the fallback. */
export function textRuns(doc: PDFKit.PDFDocument, text: string, english = false): TextRun[] {
  const main = mainCodePoints(doc);
  const runs: TextRun[] = [];
  for (const c of text) {
    const fallback = (!/\s/.test(c) && !main.has(c.codePointAt(0)!)) || (english && LATIN_PUNCTUATION.has(c));
    const last = runs.at(-1);
    if (last && last.fallback === fallback) last.text += c;
    else runs.push({ text: c, fallback });
  }
  return runs;
}

/** Stops the build when a sheet would print a character the subsets cannot draw, naming where. */
export function assertPrintable(text: string, where: string): void {
  assertDrawable(text, imageFontCharacters(), where);
}

