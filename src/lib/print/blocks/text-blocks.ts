/** Headings, paragraphs and lists: words set in the sheet's fonts, wrapping across pages. */
import { gap, heightOf, keepTogether, TYPE, write, type Sheet } from '../sheet';
import { mm } from '../paper';

export function drawHeading(sheet: Sheet, text: string): void {
  // A heading never sits alone at the foot of a page: keep room for two lines after it.
  keepTogether(sheet, heightOf(sheet, text, sheet.page.contentWidth, { weight: 'bold', size: TYPE.heading }) + mm(12));
  gap(sheet, 2);
  write(sheet, text, { weight: 'bold', size: TYPE.heading });
  gap(sheet, 2);
}

export function drawParagraph(sheet: Sheet, text: string): void {
  write(sheet, text);
  gap(sheet, 3);
}

export function drawList(sheet: Sheet, block: { ordered: boolean; items: string[] }): void {
  const indent = mm(7);
  block.items.forEach((item, i) => {
    const marker = block.ordered ? `${i + 1}.` : '·';
    keepTogether(sheet, heightOf(sheet, item, sheet.page.contentWidth - indent));
    const y = sheet.doc.y;
    write(sheet, marker, { x: sheet.page.left, width: indent, weight: block.ordered ? 'regular' : 'bold' });
    sheet.doc.y = y;
    write(sheet, item, { x: sheet.page.left + indent });
    gap(sheet, 1);
  });
  gap(sheet, 2);
}
