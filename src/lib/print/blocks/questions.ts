/**
 * Numbered questions with writing lines 8 mm apart (pupils' copy), or with the model answer in
 * place of the lines (the teacher's key).
 */
import { t } from '../../i18n/translate';
import { LINE_GAP, mm } from '../paper';
import { gap, GREY, heightOf, keepTogether, write, writingLine, type Sheet } from '../sheet';

export interface PrintQuestion {
  prompt: string;
  lines: number;
  answer?: string | undefined;
}

export function drawQuestions(sheet: Sheet, items: PrintQuestion[]): void {
  const { doc, page } = sheet;
  const indent = mm(7);
  const width = page.contentWidth - indent;
  items.forEach((q, i) => {
    const prompt = heightOf(sheet, q.prompt, width);
    const below = sheet.teacher ? (q.answer ? heightOf(sheet, q.answer, width) : 0) : Math.min(q.lines, 3) * LINE_GAP;
    keepTogether(sheet, prompt + below + mm(2));
    const y = doc.y;
    write(sheet, `${i + 1}.`, { x: page.left, width: indent, weight: 'bold' });
    doc.y = y;
    write(sheet, q.prompt, { x: page.left + indent });
    if (sheet.teacher) {
      if (q.answer) {
        gap(sheet, 1);
        write(sheet, `${t(sheet.locale, 'print.answer')}${q.answer}`, { x: page.left + indent, colour: GREY });
      }
    } else {
      for (let line = 0; line < q.lines; line++) {
        keepTogether(sheet, LINE_GAP);
        doc.y += LINE_GAP;
        writingLine(sheet, page.left + indent, doc.y, width);
      }
    }
    gap(sheet, 4);
  });
}
