/** A framed space to draw or stick something in, with its label above. */
import { mm } from '../paper';
import { gap, heightOf, keepTogether, RULE, write, type Sheet } from '../sheet';

export function drawBox(sheet: Sheet, block: { label: string; heightMm: number }): void {
  const { doc, page } = sheet;
  const height = Math.min(mm(block.heightMm), page.bottom - page.top - mm(12));
  keepTogether(sheet, heightOf(sheet, block.label, page.contentWidth) + height + mm(2));
  write(sheet, block.label, { weight: 'bold' });
  gap(sheet, 1);
  doc.save().rect(page.left, doc.y, page.contentWidth, height).lineWidth(0.8).strokeColor(RULE).stroke().restore();
  doc.y += height;
  gap(sheet, 4);
}
