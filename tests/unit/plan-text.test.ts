import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFrontmatter } from '../support/frontmatter';
import { categories, categoryPrefixZh, measuresInCategory, officialMeasureText } from '../../src/lib/plan/structure';
import { planSkeletonOf } from '../../src/lib/checks/language-twins';
import { measureEntrySchema } from '../../src/lib/schemas/measure-entry';
import { normalise, readSource, SCRAPED_URL_LINE } from './plan-source';

const read = (path: string) => readFileSync(path, 'utf8');
const measure = (locale: string, n: number) =>
  measureEntrySchema.parse(readFrontmatter(path(locale, n), read(path(locale, n))).data);
const path = (locale: string, n: number) => `src/content/measures/${locale}/${String(n).padStart(2, '0')}.mdx`;

/** The measure as the plan prints it: “7.标题。正文（责任单位）”. */
function measureAsPrinted(n: number): string {
  const printed = officialMeasureText(n, measure('zh-cn', n), 'zh-cn');
  return `${printed.heading}${printed.text}${printed.responsibility}`;
}

/**
 * Rebuilds the text a reader sees on /plan/ from the plan MDX and the measure files,
 * replacing each component with what it renders.
 */
function renderedPlanText(): string {
  const { body } = readFrontmatter('src/content/plan/zh-cn.mdx', read('src/content/plan/zh-cn.mdx'));
  return body
    .replace(/<Letterhead issuer="([^"]*)" number="([^"]*)" \/>/g, '$1$2')
    .replace(/<PlanSection [^>]*title="([^"]*)">/g, '$1')
    .replace(/<Signature lines=\{\[([^\]]*)\]\} \/>/g, (_, lines: string) => lines.replace(/[",\s]/g, ''))
    .replace(/<Category n=\{(\d+)\} \/>/g, (_, n: string) => {
      const c = categories.find((x) => x.number === Number(n))!;
      return `${categoryPrefixZh(c)}${c.zh}${measuresInCategory(c.id).map(measureAsPrinted).join('')}`;
    })
    .replace(/<\/?(PlanSection|Distribution)>/g, '');
}

describe('the Chinese plan text', () => {
  it('reproduces the official source verbatim, apart from whitespace and the scraped URL line', () => {
    expect(normalise(renderedPlanText())).toBe(normalise(readSource()));
  });

  it('keeps no trace of the scraped website', () => {
    expect(renderedPlanText()).not.toContain(SCRAPED_URL_LINE);
  });

  it('has every measure text inside the source', () => {
    const source = normalise(readSource());
    for (let n = 1; n <= 24; n++) expect(source).toContain(normalise(measureAsPrinted(n)));
  });
});

describe('the English plan', () => {
  it('has the same sections, anchors and categories as the Chinese', () => {
    const zh = planSkeletonOf(read('src/content/plan/zh-cn.mdx'));
    expect(zh).toContain('id=main-goals');
    expect(planSkeletonOf(read('src/content/plan/en.mdx'))).toBe(zh);
  });

  it('translates every measure: same numbers, non-empty title and text', () => {
    for (let n = 1; n <= 24; n++) {
      const en = measure('en', n);
      expect(en.number).toBe(n);
      expect(en.text).not.toMatch(/[\u4e00-\u9fff]{6,}/); // translated, not copied
    }
  });
});
