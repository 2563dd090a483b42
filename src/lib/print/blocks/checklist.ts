/** Items to tick, each with an empty square drawn (not a font glyph, so any printer shows it). */
import { mm } from '../paper';
import { gap, heightOf, keepTogether, INK, write, type Sheet } from '../sheet';

export function drawChecklist(sheet: Sheet, items: string[]): void {
  const { doc, page } = sheet;
  const box = mm(4);
  const indent = mm(8);
  for (const item of items) {
    keepTogether(sheet, heightOf(sheet, item, page.contentWidth - indent));
    const y = doc.y;
    doc.save().rect(page.left, y + 1.5, box, box).lineWidth(0.8).strokeColor(INK).stroke().restore();
    write(sheet, item, { x: page.left + indent });
    gap(sheet, 2);
  }
  gap(sheet, 2);
}
