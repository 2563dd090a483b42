import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFrontmatter } from '../support/frontmatter';
import { normalised, PAPER_SIZES, readPdf } from '../support/pdf-file';
import { lessonEntrySchema } from '../../src/lib/schemas/lesson-entry';
import { lessonDocument } from '../../src/lib/print/sheets';
import { renderPdf } from '../../src/lib/print/document';
import { handoutPdfPath, lessonPdfLinks } from '../../src/lib/print/paths';
import { mm, pageGeometry } from '../../src/lib/print/paper';

// A lesson's three PDFs, drawn from the model lesson: the 基础 and 提高 worksheets carry the
// questions and writing lines but no answers; the key, marked for teachers, carries every answer
// and marking guide of both.
const file = 'src/content/lessons/zh-cn/energy-detectives.mdx';
const lesson = lessonEntrySchema.parse(readFrontmatter(file, readFileSync(file, 'utf8')).data);
const where = { locale: 'zh-cn' as const, url: 'https://example.org/learn/energy-detectives/', source: file, date: '2024-05-15' };
const sheet = (s: Parameters<typeof lessonDocument>[1]) => renderPdf(lessonDocument(lesson, s, where)).then(readPdf);
const answersOf = (w: typeof lesson.worksheet) => w.questions.map((q) => normalised(q.answer));

describe('lesson worksheets as PDFs', () => {
  it('print each worksheet’s questions on A4 without its answers', async () => {
    for (const [name, w] of [['worksheet-basic', lesson.worksheet], ['worksheet-advanced', lesson.advancedWorksheet]] as const) {
      const pdf = await sheet(name);
      expect(pdf.sizes.every(([w, h]) => w === PAPER_SIZES['A4-portrait'][0] && h === PAPER_SIZES['A4-portrait'][1])).toBe(true);
      const text = normalised(pdf.text.join(''));
      expect(text).toContain(normalised(w.title));
      for (const q of w.questions) expect(text).toContain(normalised(q.prompt).slice(0, 20));
      for (const a of answersOf(w)) expect(text).not.toContain(a.slice(0, 20));
      expect(text).not.toContain('教师用');
    }
  });

  it('print the key for teachers with both worksheets’ answers and rubrics, marked on every page', async () => {
    const pdf = await sheet('worksheet-key');
    pdf.text.forEach((page) => expect(normalised(page)).toContain('教师用'));
    const text = normalised(pdf.text.join(''));
    for (const a of [...answersOf(lesson.worksheet), ...answersOf(lesson.advancedWorksheet)]) expect(text).toContain(a.slice(0, 20));
    for (const r of [...lesson.worksheet.rubric, ...lesson.advancedWorksheet.rubric]) expect(text).toContain(normalised(r.criterion));
  });
});

describe('where the PDFs live', () => {
  it('under the language prefix and the site’s base', () => {
    expect(handoutPdfPath('zh-cn', 'floor-plan-template', '/')).toBe('/learn/materials/floor-plan-template.pdf');
    expect(handoutPdfPath('en', 'floor-plan-template', '/xicheng-carbon/')).toBe('/xicheng-carbon/en/learn/materials/floor-plan-template.pdf');
    expect(lessonPdfLinks('en', 'energy-detectives', '/')).toEqual({
      'worksheet-basic': '/en/learn/energy-detectives/worksheet-basic.pdf',
      'worksheet-advanced': '/en/learn/energy-detectives/worksheet-advanced.pdf',
      'worksheet-key': '/en/learn/energy-detectives/worksheet-key.pdf',
    });
  });
});

describe('page geometry', () => {
  it('has 15 mm margins on A4 and A3, landscape swapping the sides', () => {
    const a3 = pageGeometry('A3', 'landscape');
    expect([a3.width, a3.height]).toEqual([1190.55, 841.89]);
    expect(a3.left).toBeCloseTo(mm(15));
    expect(a3.contentWidth).toBeCloseTo(1190.55 - 2 * mm(15));
    const a4 = pageGeometry('A4', 'portrait');
    expect(a4.bottom).toBeLessThan(a4.footerTop);
    expect(a4.footerTop).toBeLessThan(a4.height - a4.margin);
  });
});
