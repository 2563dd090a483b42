/**
 * Squared paper: `columns` × `rows` squares as large as fit the width (at most 10 mm), shrunk to
 * the room left on the page down to 5 mm, else moved to a fresh page (where a very tall grid,
 * 60 rows on A4, shrinks below 5 mm rather than run into the footer).
 */
import { mm } from '../paper';
import { gap, heightOf, keepTogether, RULE, roomLeft, write, type Sheet } from '../sheet';

const LARGEST = mm(10);
const SMALLEST = mm(5);

export function drawGrid(sheet: Sheet, block: { caption: string; columns: number; rows: number }): void {
  const { doc, page } = sheet;
  const caption = heightOf(sheet, block.caption, page.contentWidth, { weight: 'bold' }) + mm(2);
  const widest = Math.min(LARGEST, page.contentWidth / block.columns);
  const fits = (room: number) => Math.min(widest, (room - caption) / block.rows);
  let square = fits(roomLeft(sheet));
  if (square < SMALLEST) {
    keepTogether(sheet, Number.POSITIVE_INFINITY);
    square = fits(roomLeft(sheet));
  }
  write(sheet, block.caption, { weight: 'bold' });
  gap(sheet, 1);
  const x0 = page.left;
  const y0 = doc.y;
  const w = square * block.columns;
  const h = square * block.rows;
  doc.save().lineWidth(0.3).strokeColor(RULE);
  for (let c = 0; c <= block.columns; c++) doc.moveTo(x0 + c * square, y0).lineTo(x0 + c * square, y0 + h);
  for (let r = 0; r <= block.rows; r++) doc.moveTo(x0, y0 + r * square).lineTo(x0 + w, y0 + r * square);
  doc.stroke().restore();
  doc.y = y0 + h;
  gap(sheet, 4);
}
