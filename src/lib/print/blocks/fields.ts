/** Labelled lines to write on (姓名, 班级, 日期 …), side by side across the width. */
import { mm } from '../paper';
import { gap, keepTogether, TYPE, write, writingLine, type Sheet } from '../sheet';
import { fontName } from '../fonts';

export function drawFields(sheet: Sheet, labels: string[]): void {
  const { doc, page } = sheet;
  keepTogether(sheet, mm(12));
  const share = page.contentWidth / labels.length;
  const top = doc.y + mm(4);
  labels.forEach((label, i) => {
    const x = page.left + i * share;
    doc.font(fontName('regular')).fontSize(TYPE.body);
    const text = `${label}${sheet.locale === 'zh-cn' ? '：' : ':'}`;
    const labelWidth = doc.widthOfString(text) + mm(1);
    doc.y = top;
    write(sheet, text, { x, width: labelWidth + mm(2) });
    writingLine(sheet, x + labelWidth, top + TYPE.body + 2, share - labelWidth - mm(5));
  });
  doc.y = top + mm(8);
  gap(sheet, 2);
}
