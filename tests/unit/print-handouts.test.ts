import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFrontmatter } from '../support/frontmatter';
import { normalised, PAPER_SIZES, readPdf } from '../support/pdf-file';
import { handoutEntrySchema, type HandoutEntry } from '../../src/lib/schemas/handout-entry';
import { handoutDocument } from '../../src/lib/print/sheets';
import { renderPdf } from '../../src/lib/print/document';
import { blockText } from '../../src/lib/print/blocks/index';
import type { Locale } from '../../src/lib/i18n/locales';

// The PDF pipeline (src/lib/print/) on fixture handouts holding one block of every type:
// the PDF opens, has the pages and paper it should, and prints the words it should (and not
// the answers, which belong to the teacher's key).
const FIXTURES = 'tests/fixtures/handouts';
const where = (locale: Locale, source: string) => ({ locale, url: 'https://example.org/xicheng-carbon/learn/materials/every-block/', source, date: '2024-05-15' });

function fixture(name: string): HandoutEntry {
  const file = `${FIXTURES}/${name}`;
  return handoutEntrySchema.parse(readFrontmatter(file, readFileSync(file, 'utf8')).data);
}

const cases = [
  { name: 'every-block.zh-cn.mdx', locale: 'zh-cn' as const, size: PAPER_SIZES['A4-portrait'], pageOf: (n: number, m: number) => `第${n}页/共${m}页` },
  { name: 'every-block.en.mdx', locale: 'en' as const, size: PAPER_SIZES['A3-landscape'], pageOf: (n: number, m: number) => `Page${n}of${m}` },
];

describe.each(cases)('a handout of every block type, $name', ({ name, locale, size, pageOf }) => {
  const handout = fixture(name);
  const rendered = renderPdf(handoutDocument(handout, where(locale, name))).then(readPdf);

  it('covers every block type of the schema', () => {
    const types = new Set(handout.blocks.map((b) => b.type));
    const all = handoutEntrySchema.shape.blocks.element.options.map((o) => o.shape.type.value);
    expect([...types].sort()).toEqual([...all].sort());
  });

  it('opens, on its paper size on every page, over more than one page', async () => {
    const pdf = await rendered;
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.sizes).toEqual(Array.from({ length: pdf.pages }, () => [...size]));
  });

  it('numbers its pages “n of m” and prints the address and title in every footer', async () => {
    const pdf = await rendered;
    pdf.text.forEach((page, i) => {
      const text = normalised(page);
      expect(text).toContain(pageOf(i + 1, pdf.pages));
      expect(text).toContain('https://example.org/xicheng-carbon/learn/materials/every-block/');
      expect(text).toContain(normalised(handout.title).slice(0, 8));
    });
  });

  it('prints the words of every block and the privacy note, but not the answers', async () => {
    const text = normalised((await rendered).text.join(''));
    for (const block of handout.blocks) {
      const words = block.type === 'questions' ? block.items.map((q) => q.prompt) : blockText(block);
      for (const w of words) expect(text, `${block.type}: ${w}`).toContain(normalised(w));
    }
    expect(text).toContain(normalised(handout.privacyNote!));
    const answers = handout.blocks.flatMap((b) => (b.type === 'questions' ? b.items.flatMap((q) => q.answer ?? []) : []));
    expect(answers.length).toBeGreaterThan(0);
    for (const a of answers) expect(text).not.toContain(normalised(a));
  });

  it('repeats a card `count` times', async () => {
    const cards = handout.blocks.find((b) => b.type === 'cards')!;
    const card = cards.items[0]!;
    const text = normalised((await rendered).text.join(''));
    expect(text.split(normalised(card.title)).length - 1).toBe(card.count);
  });

  it('never starts a line with closing punctuation (CJK line breaking)', async () => {
    const lines = (await rendered).text.join('\n').split('\n');
    expect(lines.filter((l) => /^[，。、；：？！）》」』]/.test(l.trim()))).toEqual([]);
  });
});

describe('reproducible PDFs', () => {
  const handout = fixture('every-block.zh-cn.mdx');
  it('are byte-identical when drawn twice, and carry the build date rather than the clock', async () => {
    const [a, b] = await Promise.all([renderPdf(handoutDocument(handout, where('zh-cn', 'x'))), renderPdf(handoutDocument(handout, where('zh-cn', 'x')))]);
    expect(Buffer.compare(a, b)).toBe(0);
    expect(a.toString('latin1')).toContain('(D:20240515000000Z)');
    expect(a.toString('latin1')).not.toContain(`(D:${new Date().getUTCFullYear()}`);
    const other = await renderPdf(handoutDocument(handout, { ...where('zh-cn', 'x'), date: '2024-05-16' }));
    expect(Buffer.compare(a, other)).not.toBe(0);
  });
});

describe('characters the fonts cannot draw', () => {
  it('are refused before drawing, naming the file, the block and the character', async () => {
    const handout = fixture('every-block.zh-cn.mdx');
    const broken = { ...handout, blocks: [handout.blocks[0]!, { type: 'paragraph' as const, text: '古字𠀀不在字库里' }] };
    await expect(renderPdf(handoutDocument(broken, where('zh-cn', 'src/content/handouts/zh-cn/broken.mdx')))).rejects.toThrow(
      /src\/content\/handouts\/zh-cn\/broken\.mdx: blocks\[1\] \(paragraph\): .*“𠀀” \(U\+20000\)/,
    );
  });
});

describe('a poster', () => {
  it('sets its words in display type (twice the size), so the same words take more pages', async () => {
    const handout = fixture('every-block.zh-cn.mdx');
    const sheet = await renderPdf(handoutDocument({ ...handout, kind: 'template' }, where('zh-cn', 'sheet'))).then(readPdf);
    const poster = await renderPdf(handoutDocument({ ...handout, kind: 'poster' }, where('zh-cn', 'poster'))).then(readPdf);
    expect(poster.pages).toBeGreaterThan(sheet.pages);
    expect(normalised(poster.text.join(''))).toContain(normalised(handout.title));
  });
});
