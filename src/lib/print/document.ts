/**
 * A printable sheet as PDF bytes: the title, the blocks in order, the privacy note, and on every
 * page a footer with the page number ("第 n 页 / 共 m 页"), the site's name, the sheet's title and
 * its web address. Reproducible: the dates and the file ID come from the content and the build
 * date, never the clock, so two builds write the same bytes.
 */
import PDFDocument from 'pdfkit';
import { BCP47, type Locale } from '../i18n/locales';
import { t } from '../i18n/translate';
import type { HandoutBlock } from '../schemas/handout-entry';
import { blockText, drawBlock } from './blocks/index';
import { assertPrintable, fontName, registerPrintFonts } from './fonts';
import { mm, pageGeometry, type Orientation, type Paper } from './paper';
import { gap, GREY, INK, POSTER_SCALE, TYPE, write, writeLine, type Sheet } from './sheet';

export interface PrintDocument {
  title: string;
  /** A line under the title, e.g. the worksheet's level, use and time. */
  subtitle?: string | undefined;
  locale: Locale;
  paper: Paper;
  orientation: Orientation;
  /** The teacher's copy: marked 教师用 / For teachers on every page; answers instead of lines. */
  teacher: boolean;
  /** A poster: display type (POSTER_SCALE), read from across a room. */
  poster?: boolean;
  blocks: HandoutBlock[];
  privacyNote?: string | undefined;
  /** The public address of the sheet's page, printed in the footer. */
  url: string;
  /** The content file the sheet comes from, named in build errors. */
  source: string;
  /** The build date (YYYY-MM-DD), the PDF's creation and modification date. */
  date: string;
}

/** Refuses, before drawing, any character the font subsets cannot draw, naming file and block. */
export function assertDocumentPrintable(d: PrintDocument): void {
  assertPrintable(`${d.title}${d.subtitle ?? ''}`, `${d.source}: title`);
  d.blocks.forEach((block, i) => assertPrintable(blockText(block).join('\n'), `${d.source}: blocks[${i}] (${block.type})`));
  if (d.privacyNote) assertPrintable(d.privacyNote, `${d.source}: privacyNote`);
}

function drawTitle(sheet: Sheet, d: PrintDocument): void {
  const { doc, page } = sheet;
  if (d.teacher) {
    const mark = t(d.locale, 'print.forTeachers');
    doc.font(fontName('bold')).fontSize(TYPE.body);
    const w = doc.widthOfString(mark) + mm(4);
    const x = page.left + page.contentWidth - w;
    doc.save().rect(x, page.top, w, mm(7)).lineWidth(1).strokeColor(INK).stroke().restore();
    doc.y = page.top + mm(1.2);
    write(sheet, mark, { x, width: w, weight: 'bold', align: 'center' });
    doc.y = page.top;
    write(sheet, d.title, { weight: 'bold', size: TYPE.title, width: page.contentWidth - w - mm(4) });
  } else {
    write(sheet, d.title, { weight: 'bold', size: TYPE.title });
  }
  if (d.subtitle) write(sheet, d.subtitle, { colour: GREY });
  gap(sheet, 4);
}

function drawPrivacyNote(sheet: Sheet, note: string): void {
  gap(sheet, 2);
  write(sheet, t(sheet.locale, 'print.privacy'), { weight: 'bold', size: TYPE.small });
  write(sheet, note, { size: TYPE.small });
}

/** Shortens `text` with an ellipsis to fit `width` in the current font. */
function fitted(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && doc.widthOfString(`${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('')}…`;
}

function drawFooters(sheet: Sheet, d: PrintDocument): void {
  const { doc, page } = sheet;
  const { start, count } = doc.bufferedPageRange();
  const siteName = t(d.locale, 'site.name');
  const mark = d.teacher ? ` · ${t(d.locale, 'print.forTeachers')}` : '';
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // The footer sits below the text area: lift the bottom margin so pdfkit adds no page for it.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    const pageOf = t(d.locale, 'print.pageOf', { n: i - start + 1, total: count });
    doc.font(fontName('regular')).fontSize(TYPE.footer).fillColor(GREY);
    // Measured in the main font: the fallback sets a few narrower marks at most.
    const right = doc.widthOfString(pageOf);
    const y = page.footerTop;
    doc.save().moveTo(page.left, y - mm(1.5)).lineTo(page.left + page.contentWidth, y - mm(1.5)).lineWidth(0.4).strokeColor('#bbbbbb').stroke().restore();
    writeLine(sheet, fitted(doc, `${siteName} · ${d.title}${mark}`, page.contentWidth - right - mm(6)), page.left, y, TYPE.footer);
    writeLine(sheet, pageOf, page.left + page.contentWidth - right, y, TYPE.footer);
    writeLine(sheet, fitted(doc, d.url, page.contentWidth), page.left, y + TYPE.footer + 3, TYPE.footer);
    doc.page.margins = margins;
  }
}

/** Draws the sheet; resolves to the PDF's bytes. */
export async function renderPdf(d: PrintDocument): Promise<Buffer> {
  assertDocumentPrintable(d);
  assertPrintable(`${d.url}${t(d.locale, 'site.name')}`, `${d.source}: footer`);
  const page = pageGeometry(d.paper, d.orientation);
  const date = new Date(`${d.date}T00:00:00Z`);
  const publisher = `${t(d.locale, 'site.name')} · ${t(d.locale, 'site.subtitle')}`;
  const doc = new PDFDocument({
    size: d.paper,
    layout: d.orientation,
    margins: { top: page.top, left: page.left, right: page.margin, bottom: page.height - page.bottom },
    bufferPages: true,
    lang: BCP47[d.locale],
    displayTitle: true,
    // The file ID pdfkit derives from this dictionary is then fixed too.
    info: { Title: d.title, Author: publisher, Subject: d.url, Creator: publisher, Producer: 'PDFKit', CreationDate: date, ModDate: date },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerPrintFonts(doc);
  const sheet: Sheet = { doc, page, locale: d.locale, teacher: d.teacher, scale: d.poster ? POSTER_SCALE : 1 };
  doc.y = page.top;
  drawTitle(sheet, d);
  d.blocks.forEach((block, i) => {
    try {
      drawBlock(sheet, block);
    } catch (error) {
      throw new Error(`${d.source}: blocks[${i}] (${block.type}): ${(error as Error).message}`, { cause: error });
    }
  });
  if (d.privacyNote) drawPrivacyNote(sheet, d.privacyNote);
  drawFooters(sheet, d);
  doc.end();
  return done;
}
