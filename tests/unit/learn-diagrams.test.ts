import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { findAll, findOne, textContent } from 'domutils';
import type { Element } from 'domhandler';
import categories from '../../src/data/categories.json';
import measures from '../../src/data/measures.json';
import { DIAGRAM_IDS } from '../../src/lib/learn/diagram-ids';
import { DIAGRAMS, diagramKey, diagramSources, diagramSvg, diagramText } from '../../src/lib/learn/diagrams';
import { measureRange } from '../../src/lib/learn/diagrams/plan-categories';
import { wrapText } from '../../src/lib/learn/diagrams/svg-parts';
import { LOCALES } from '../../src/lib/i18n/locales';
import { entrySourceSchema } from '../../src/lib/schemas/source';

// The learning centre's diagrams (src/lib/learn/diagrams/): well-formed, self-contained SVG with a
// text alternative, every label drawn in the right language, sources named, and the plan's seven
// areas read from the site's data.
const parse = (svg: string) => parseDocument(svg, { xmlMode: true });
const byName = (name: string) => (e: Element) => e.name === name;
/** Each <text> element's words, its wrapped lines joined, without the spaces lost at line ends. */
const drawnTexts = (svg: string) => findAll(byName('text'), parse(svg).children).map((e) => textContent(e).replace(/\s+/g, ''));
const squash = (s: string) => s.replace(/\s+/g, '');

describe('diagrams', () => {
  it('every diagram id has a diagram', () => {
    expect(Object.keys(DIAGRAMS).sort()).toEqual([...DIAGRAM_IDS].sort());
  });

  for (const id of DIAGRAM_IDS) {
    for (const locale of LOCALES) {
      describe(`${id} (${locale})`, () => {
        const svg = diagramSvg(id, locale);
        const text = diagramText(id, locale);

        it('parses as one <svg> with role="img", its <title> and <desc> named by aria-labelledby', () => {
          const doc = parse(svg);
          const roots = doc.children.filter((n): n is Element => n.type === 'tag');
          expect(roots.map((r) => r.name)).toEqual(['svg']);
          const root = roots[0]!;
          expect(root.attribs.xmlns).toBe('http://www.w3.org/2000/svg');
          expect(root.attribs.role).toBe('img');
          expect(root.attribs.viewBox).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
          const [titleId, descId] = root.attribs['aria-labelledby']!.split(' ');
          const title = findOne((e) => e.name === 'title' && e.attribs.id === titleId, doc.children)!;
          const desc = findOne((e) => e.name === 'desc' && e.attribs.id === descId, doc.children)!;
          expect(textContent(title)).toBe(text.title);
          expect(textContent(desc)).toBe(text.description);
          expect(root.attribs.lang).toBe(locale === 'en' ? 'en' : 'zh-CN');
        });

        it('draws every label of its language', () => {
          const texts = drawnTexts(svg).join('\n');
          const labels = DIAGRAMS[id].labels[locale];
          expect(labels.length).toBeGreaterThan(3);
          for (const label of labels) expect(texts, label).toContain(squash(label));
        });

        it('draws no word of the other language', () => {
          const texts = drawnTexts(svg).join(' ');
          if (locale === 'en') expect(texts).not.toMatch(/[\u4e00-\u9fff]/);
          else expect(texts).not.toMatch(/[A-Za-z]{3,}/);
        });

        it('is self-contained: presentation attributes only, no stylesheet, custom property, script or outside resource', () => {
          expect(svg).not.toMatch(/<style|style=|var\(--|<script|@import|href=|url\((?!#)/);
          expect(svg).toMatch(/font-family="[^"]*sans-serif"/);
        });

        it('has a text alternative and names valid sources', () => {
          expect(text.longDescription.length).toBeGreaterThan(1);
          const sources = diagramSources(id, locale);
          expect(sources.length).toBeGreaterThan(0);
          for (const source of sources) expect(() => entrySourceSchema.parse(source)).not.toThrow();
        });
      });
    }
  }

  it('draws the picture without its key for a slide, which shows the key as text', () => {
    for (const id of ['greenhouse-effect', 'carbon-cycle'] as const) {
      const key = diagramKey(id, 'zh-cn')!;
      const without = drawnTexts(diagramSvg(id, 'zh-cn', 'slide', { withKey: false })).join('\n');
      const full = drawnTexts(diagramSvg(id, 'zh-cn')).join('\n');
      for (const item of key.items) {
        expect(full).toContain(squash(item));
        expect(without).not.toContain(squash(item));
      }
      expect(diagramSvg(id, 'zh-cn', 'slide', { withKey: false })).toContain('<title id="slide-title">');
    }
    expect(diagramKey('plan-categories', 'en')).toBeUndefined();
  });

  it('keeps ids unique per drawing: another prefix, other ids', () => {
    const a = diagramSvg('carbon-cycle', 'zh-cn', 'one');
    const b = diagramSvg('carbon-cycle', 'zh-cn', 'two');
    expect(a).toContain('id="one-title"');
    expect(b).toContain('id="two-title"');
    expect(b).not.toContain('one-');
  });

  it('the climate-science diagrams cite the IPCC and state no numbers', () => {
    for (const id of ['greenhouse-effect', 'carbon-cycle'] as const) {
      for (const locale of LOCALES) {
        expect(diagramSources(id, locale).every((s) => /IPCC/.test(s.publisher))).toBe(true);
        const words = [...DIAGRAMS[id].labels[locale], ...diagramText(id, locale).longDescription.map((l) => l.replace(/^\d+\. /, ''))];
        for (const w of words) expect(w, w).not.toMatch(/\d/);
      }
    }
  });
});

describe('the plan-categories diagram', () => {
  const sorted = [...categories].sort((a, b) => a.number - b.number);

  for (const locale of LOCALES) {
    it(`shows exactly the categories of src/data/categories.json, in order, with their measures (${locale})`, () => {
      const texts = drawnTexts(diagramSvg('plan-categories', locale));
      const titles = sorted.map((c) => squash(locale === 'en' ? c.en : c.zh));
      expect(texts.filter((t) => titles.includes(t))).toEqual(titles);
      expect(sorted).toHaveLength(7);
      for (const c of sorted) {
        const numbers = measures.filter((m) => m.category === c.id).map((m) => m.number);
        expect(numbers.length).toBeGreaterThan(0);
        expect(texts).toContain(squash(measureRange(locale, numbers)));
      }
    });
  }

  it('writes measure ranges as the site does', () => {
    expect(measureRange('zh-cn', [1, 2, 3])).toBe('第1–3条');
    expect(measureRange('en', [1, 2, 3])).toBe('Measures 1–3');
    expect(measureRange('en', [24])).toBe('Measure 24');
    expect(measureRange('zh-cn', [2, 5])).toBe('第2、5条');
  });
});

describe('label wrapping', () => {
  it('breaks English at spaces within the width', () => {
    expect(wrapText('Carbon dioxide in the air', 180, 20, 'en')).toEqual(['Carbon dioxide', 'in the air']);
  });
  it('never starts a Chinese line with closing punctuation', () => {
    const lines = wrapText('森林、草地等植物吸收二氧化碳。', 8 * 16, 16, 'zh-cn');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、；：）]/);
    expect(lines.join('')).toBe('森林、草地等植物吸收二氧化碳。');
  });
  it('breaks where the label says', () => {
    expect(wrapText('化石能源\n（煤、石油、天然气）', 800, 16, 'zh-cn')).toEqual(['化石能源', '（煤、石油、天然气）']);
  });
});
