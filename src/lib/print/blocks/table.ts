/**
 * A bordered table: a shaded header row (repeated when the table runs onto another page), the
 * given rows, then blank rows 10 mm high to write in. Column widths follow the longest text in
 * each column, so a short "Symbol" column does not take half the page.
 */
import { mm } from '../paper';
import { gap, heightOf, INK, keepTogether, SHADE, write, type Sheet } from '../sheet';

export interface PrintTable {
  caption?: string | undefined;
  headers: string[];
  rows: string[][];
  blankRows: number;
  /** Height of a blank row (10 mm; signature lines ask for more). */
  blankRowHeight?: number;
}

const PAD = mm(1.8);

function columnWidths(sheet: Sheet, table: PrintTable): number[] {
  const total = sheet.page.contentWidth;
  const longest = table.headers.map((h, c) => Math.max(h.length, ...table.rows.map((r) => (r[c] ?? '').length), 2));
  const sum = longest.reduce((a, b) => a + b, 0);
  // Proportional to the longest text, but never narrower than a sixth of an even share.
  const raw = longest.map((l) => Math.max(l / sum, 1 / (6 * longest.length)));
  const scale = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => (r / scale) * total);
}

function drawRow(sheet: Sheet, cells: string[], widths: number[], height: number, header: boolean): void {
  const { doc, page } = sheet;
  const top = doc.y;
  let x = page.left;
  widths.forEach((w, c) => {
    if (header) doc.save().rect(x, top, w, height).fillColor(SHADE).fill().restore();
    doc.save().rect(x, top, w, height).lineWidth(0.6).strokeColor(INK).stroke().restore();
    if (cells[c]) {
      doc.y = top + PAD;
      write(sheet, cells[c]!, { x: x + PAD, width: w - 2 * PAD, weight: header ? 'bold' : 'regular' });
    }
    x += w;
  });
  doc.y = top + height;
}

export function drawTable(sheet: Sheet, table: PrintTable): void {
  const widths = columnWidths(sheet, table);
  const rowHeight = (cells: string[], header = false) =>
    Math.max(...widths.map((w, c) => (cells[c] ? heightOf(sheet, cells[c]!, w - 2 * PAD, { weight: header ? 'bold' : 'regular' }) : 0))) + 2 * PAD;
  const headerHeight = rowHeight(table.headers, true);
  const blank = table.blankRowHeight ?? mm(10);
  const rows: { cells: string[]; height: number }[] = [
    ...table.rows.map((cells) => ({ cells, height: rowHeight(cells) })),
    ...Array.from({ length: table.blankRows }, () => ({ cells: [] as string[], height: blank })),
  ];
  const captionHeight = table.caption ? heightOf(sheet, table.caption, sheet.page.contentWidth, { weight: 'bold' }) + mm(1) : 0;
  keepTogether(sheet, captionHeight + headerHeight + (rows[0]?.height ?? 0));
  if (table.caption) {
    write(sheet, table.caption, { weight: 'bold' });
    gap(sheet, 1);
  }
  drawRow(sheet, table.headers, widths, headerHeight, true);
  for (const row of rows) {
    if (keepTogether(sheet, row.height)) drawRow(sheet, table.headers, widths, headerHeight, true);
    drawRow(sheet, row.cells, widths, row.height, false);
  }
  gap(sheet, 4);
}
