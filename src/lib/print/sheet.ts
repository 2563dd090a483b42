/**
 * The drawing surface block renderers share: a pdfkit document, the page geometry, the sheet's
 * language and wording, and the few moves every block needs (set text in the right fonts, keep
 * a drawn element whole on one page, leave a gap).
 */
import type { Locale } from '../i18n/locales';
import { fontName, mainAscent, textRuns, type Weight } from './fonts';
import { mm, type PageGeometry } from './paper';

/** Type sizes in points: body text readable when photocopied, headings a step up. */
export const TYPE = { title: 18, heading: 13, body: 11, small: 9, footer: 7.5 } as const;
export const INK = '#000000';
export const GREY = '#666666';
export const RULE = '#888888';
export const SHADE = '#eeeeee';

export interface Sheet {
  doc: PDFKit.PDFDocument;
  page: PageGeometry;
  locale: Locale;
  /** The teacher's copy (answer key): answers print, writing lines do not. */
  teacher: boolean;
  /** Multiplies every text size set with write() (footers excepted): posters are read from across a room. */
  scale: number;
}

/** How much larger a poster's type is than a handout's: on A3, 11 pt body text becomes 22 pt. */
export const POSTER_SCALE = 2;

export interface TextOptions {
  weight?: Weight;
  size?: number;
  x?: number;
  width?: number;
  colour?: string;
  align?: 'left' | 'center' | 'right';
}

/**
 * Sets text at the cursor, wrapping within `width` (pdfkit breaks lines by Unicode line-breaking
 * rules, so Chinese wraps between characters and never before 。or ，) and turning pages as
 * needed; symbols the CJK font lacks are set in the fallback font within the same paragraph.
 */
export function write(sheet: Sheet, text: string, o: TextOptions = {}): void {
  const { doc, page } = sheet;
  const weight = o.weight ?? 'regular';
  const x = o.x ?? page.left;
  const width = o.width ?? page.left + page.contentWidth - x;
  const size = (o.size ?? TYPE.body) * sheet.scale;
  doc.fillColor(o.colour ?? INK).fontSize(size);
  const baseline = -mainAscent(doc, weight, size);
  const runs = textRuns(doc, text, sheet.locale === 'en');
  runs.forEach((run, i) => {
    doc.font(fontName(weight, run.fallback));
    const options = { width, align: o.align ?? 'left', continued: i < runs.length - 1, lineGap: 2, baseline };
    if (i === 0) doc.text(run.text, x, doc.y, options);
    else doc.text(run.text, options);
  });
  doc.x = page.left;
}

/** Sets one line of small text at (x, y) without wrapping or turning the page (footers). */
export function writeLine(sheet: Sheet, text: string, x: number, y: number, size: number): void {
  const { doc } = sheet;
  const runs = textRuns(doc, text, sheet.locale === 'en');
  doc.fontSize(size);
  const baseline = -mainAscent(doc, 'regular', size);
  runs.forEach((run, i) => {
    doc.font(fontName('regular', run.fallback));
    const options = { lineBreak: false, continued: i < runs.length - 1, baseline };
    if (i === 0) doc.text(run.text, x, y, options);
    else doc.text(run.text, options);
  });
}

/** The height `text` will take at `width` (measured in the main font, which sets nearly all of it). */
export function heightOf(sheet: Sheet, text: string, width: number, o: { weight?: Weight; size?: number } = {}): number {
  sheet.doc.font(fontName(o.weight ?? 'regular')).fontSize((o.size ?? TYPE.body) * sheet.scale);
  return sheet.doc.heightOfString(text, { width, lineGap: 2 });
}

/** Starts a new page unless `height` points still fit above the footer. Returns whether it did. */
export function keepTogether(sheet: Sheet, height: number): boolean {
  if (sheet.doc.y + height <= sheet.page.bottom) return false;
  sheet.doc.addPage();
  sheet.doc.y = sheet.page.top;
  return true;
}

/** Room left on the current page. */
export const roomLeft = (sheet: Sheet) => sheet.page.bottom - sheet.doc.y;

/** Vertical space between blocks. */
export function gap(sheet: Sheet, millimetres = 4): void {
  sheet.doc.y += mm(millimetres);
}

/** A horizontal writing line across `width` at height `y`. */
export function writingLine(sheet: Sheet, x: number, y: number, width: number): void {
  sheet.doc.save().moveTo(x, y).lineTo(x + width, y).lineWidth(0.5).strokeColor(RULE).stroke().restore();
}
