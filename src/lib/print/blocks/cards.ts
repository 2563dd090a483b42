/**
 * Cut-out cards on a grid of `columns`, each card framed by dashed cutting lines, `count` copies
 * of a card in a row. Every card of a block has the height of the tallest, so the cutting lines
 * run straight across the sheet. A printed label says where to cut (no scissors glyph: the fonts
 * would need one more symbol for no gain).
 */
import { t } from '../../i18n/translate';
import type { DiagramId } from '../../learn/diagram-ids';
import { mm } from '../paper';
import { gap, GREY, heightOf, keepTogether, TYPE, write, type Sheet } from '../sheet';
import { diagramPng } from './figure';

export interface PrintCard {
  title: string;
  text?: string | undefined;
  count: number;
  diagram?: DiagramId | undefined;
}

const PAD = mm(4);
const SMALLEST = mm(25);

function cutLabel(sheet: Sheet): void {
  write(sheet, `- - - ${t(sheet.locale, 'print.cutAlong')} - - -`, { size: TYPE.small, colour: GREY, align: 'center' });
  gap(sheet, 1);
}

export function drawCards(sheet: Sheet, block: { columns: number; items: PrintCard[] }): void {
  const { doc, page } = sheet;
  const cardWidth = page.contentWidth / block.columns;
  const inner = cardWidth - 2 * PAD;
  const diagramWidth = inner * 0.8;
  const contentHeight = (card: PrintCard) =>
    heightOf(sheet, card.title, inner, { weight: 'bold', size: TYPE.heading }) +
    (card.text ? mm(2) + heightOf(sheet, card.text, inner) : 0) +
    (card.diagram ? mm(2) + diagramWidth * diagramPng(card.diagram, sheet.locale, diagramWidth).aspect : 0);
  const cardHeight = Math.max(SMALLEST, ...block.items.map(contentHeight)) + 2 * PAD;
  const cards = block.items.flatMap((card) => Array.from({ length: card.count }, () => card));
  const labelHeight = heightOf(sheet, 'X', page.contentWidth, { size: TYPE.small }) + mm(1);

  keepTogether(sheet, labelHeight + cardHeight);
  cutLabel(sheet);
  for (let start = 0; start < cards.length; start += block.columns) {
    if (keepTogether(sheet, cardHeight)) cutLabel(sheet);
    const top = doc.y;
    cards.slice(start, start + block.columns).forEach((card, c) => {
      const x = page.left + c * cardWidth;
      doc.save().rect(x, top, cardWidth, cardHeight).lineWidth(0.6).dash(4, { space: 3 }).strokeColor(GREY).stroke().undash().restore();
      doc.y = top + PAD;
      write(sheet, card.title, { x: x + PAD, width: inner, weight: 'bold', size: TYPE.heading });
      if (card.text) {
        doc.y += mm(2);
        write(sheet, card.text, { x: x + PAD, width: inner });
      }
      if (card.diagram) {
        const { png } = diagramPng(card.diagram, sheet.locale, diagramWidth);
        doc.y += mm(2);
        doc.image(png, x + (cardWidth - diagramWidth) / 2, doc.y, { width: diagramWidth });
      }
    });
    doc.y = top + cardHeight;
  }
  gap(sheet, 4);
}
