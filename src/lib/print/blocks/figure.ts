/**
 * A diagram from src/lib/learn/diagrams/ (the same SVG the pages show), drawn to a PNG at 300 dpi
 * by the canvas library the build's other images use, and placed at the width of the page (or of
 * a card) with its caption.
 */
import { createCanvas, Image } from '@napi-rs/canvas';
import { diagramSvg } from '../../learn/diagrams/index';
import type { DiagramId } from '../../learn/diagram-ids';
import type { Locale } from '../../i18n/locales';
import { useImageFont } from '../../images/image-font';
import { mm } from '../paper';
import { gap, heightOf, keepTogether, roomLeft, TYPE, write, type Sheet } from '../sheet';

const DPI = 300;
const cache = new Map<string, { png: Buffer; aspect: number }>();

/** The diagram as a PNG and its height ÷ width, drawn `widthPt` points wide at 300 dpi. */
export function diagramPng(id: DiagramId, locale: Locale, widthPt: number): { png: Buffer; aspect: number } {
  const key = `${id}/${locale}/${Math.round(widthPt)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  useImageFont(); // SVG text is drawn with the registered subset fonts
  const image = new Image();
  image.src = Buffer.from(diagramSvg(id, locale));
  if (!image.width || !image.height) throw new Error(`Diagram "${id}" (${locale}): the SVG has no width and height to draw it at`);
  const aspect = image.height / image.width;
  const width = Math.round((widthPt / 72) * DPI);
  const height = Math.round(width * aspect);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  const result = { png: canvas.toBuffer('image/png'), aspect };
  cache.set(key, result);
  return result;
}

export function drawFigure(sheet: Sheet, block: { diagram: DiagramId; caption: string }): void {
  const { doc, page } = sheet;
  const caption = heightOf(sheet, block.caption, page.contentWidth, { size: TYPE.small }) + mm(2);
  let width = page.contentWidth;
  let { png, aspect } = diagramPng(block.diagram, sheet.locale, width);
  // A tall diagram is narrowed to fit a page rather than split.
  const tallest = page.bottom - page.top - caption;
  if (width * aspect > tallest) {
    width = tallest / aspect;
    ({ png, aspect } = diagramPng(block.diagram, sheet.locale, width));
  }
  if (width * aspect + caption > roomLeft(sheet)) keepTogether(sheet, Number.POSITIVE_INFINITY);
  const x = page.left + (page.contentWidth - width) / 2;
  doc.image(png, x, doc.y, { width });
  doc.y += width * aspect + mm(1);
  write(sheet, block.caption, { size: TYPE.small, align: 'center' });
  gap(sheet, 4);
}
