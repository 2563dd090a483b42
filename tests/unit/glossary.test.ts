import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { glossaryTermSchema, type GlossaryTerm } from '../../src/lib/schemas/glossary-term';
import { termsInText } from '../../src/lib/learn/glossary-links';
import { readFrontmatter } from '../support/frontmatter';

const terms: GlossaryTerm[] = (parse(readFileSync('src/content/glossary/terms.yaml', 'utf8')) as unknown[]).map((t) => glossaryTermSchema.parse(t));
const planTerms = terms.filter((t) => t.scope === 'plan');
const learningTerms = terms.filter((t) => t.scope === 'learning');
const measureText = (n: number) => {
  const file = `src/content/measures/zh-cn/${String(n).padStart(2, '0')}.mdx`;
  const data = readFrontmatter(file, readFileSync(file, 'utf8')).data as { title: string; text: string };
  return `${data.title}${data.text}`;
};
const planText = readFileSync('src/data/official/xicheng-carbon-peak-plan-2022.zh.txt', 'utf8').replace(/\s+/g, '');

describe('glossary', () => {
  it('has at least 30 terms with unique ids, including the ones teachers asked for', () => {
    expect(terms.length).toBeGreaterThanOrEqual(30);
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
    for (const zh of ['碳达峰', '碳中和', '可再生能源', '分布式光伏', '装配式建筑', '合同能源管理', '碳汇', '非二氧化碳温室气体', '六氟化硫', '清洁生产']) {
      expect(terms.map((t) => t.zh.term), zh).toContain(zh);
    }
  });
  it('lists the aliases of plan terms only as the plan writes them, so measure pages can find them', () => {
    for (const term of planTerms) for (const alias of term.zh.aliases) expect(planText, `${term.id}: ${alias}`).toContain(alias);
  });
  it('finds terms in a measure by their Chinese form or an alias, in glossary order', () => {
    expect(termsInText(terms, measureText(18)).map((t) => t.id)).toEqual(expect.arrayContaining(['non-co2-greenhouse-gases', 'sulphur-hexafluoride']));
    expect(termsInText(terms, measureText(7)).map((t) => t.id)).toEqual(expect.arrayContaining(['renewable-energy', 'distributed-pv']));
    expect(termsInText(terms, '与本方案无关的句子')).toEqual([]);
  });
  it('holds plan terms that occur in the plan, by their Chinese form or an alias', () => {
    const unused = planTerms.filter((t) => termsInText([t], planText).length === 0).map((t) => t.id);
    expect(unused).toEqual([]);
  });
  it('marks the climate science the plan does not write as learning terms, each with a source', () => {
    expect(learningTerms.map((t) => t.zh.term)).toEqual(expect.arrayContaining(['温室效应', '碳足迹', '碳循环', '气候变化']));
    for (const term of learningTerms) {
      expect(termsInText([term], planText), `${term.id} occurs in the plan: make it a plan term`).toEqual([]);
      expect(term.sources.length, term.id).toBeGreaterThan(0);
    }
    // 碳排放 and 化石能源 are the plan's own words, so they are plan terms although lessons teach them as science.
    expect(planTerms.map((t) => t.zh.term)).toEqual(expect.arrayContaining(['碳排放', '化石能源', '温室气体']));
  });
  it('explains every term the primary lessons use for younger pupils, in both languages', () => {
    const primaryIds = new Set(
      readdirSync('src/content/lessons/zh-cn')
        .map((f) => readFrontmatter(f, readFileSync(`src/content/lessons/zh-cn/${f}`, 'utf8')).data as { band: string; glossary: string[] })
        .filter((lesson) => lesson.band === 'primary')
        .flatMap((lesson) => lesson.glossary),
    );
    const missing = terms.filter((t) => primaryIds.has(t.id) && !(t.zh.simple && t.en.simple)).map((t) => t.id);
    expect(missing).toEqual([]);
    expect(terms.filter((t) => t.zh.simple).length).toBeGreaterThanOrEqual(12);
  });
});

describe('the glossary schema', () => {
  const base = { id: 'example-term', zh: { term: '示例术语', definition: '这是一个只用于测试的示例定义。' }, en: { term: 'example term', definition: 'An example definition used only in this test.' } };
  const source = { publisher: 'Example publisher', title: 'Example title', date: '2021' };
  it('makes a term a plan term unless it says otherwise', () => {
    expect(glossaryTermSchema.parse(base).scope).toBe('plan');
  });
  it('refuses a learning term without a source, naming the field', () => {
    const result = glossaryTermSchema.safeParse({ ...base, scope: 'learning' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('sources');
    expect(glossaryTermSchema.safeParse({ ...base, scope: 'learning', sources: [source] }).success).toBe(true);
  });
  it('refuses a Chinese source of a learning term without its English rendering', () => {
    const result = glossaryTermSchema.safeParse({ ...base, scope: 'learning', sources: [{ ...source, publisher: '中国气象局', title: '中国气候变化蓝皮书' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('sources.0.en');
  });
  it('refuses an unknown scope and a simple definition in one language only', () => {
    expect(glossaryTermSchema.safeParse({ ...base, scope: 'science' }).success).toBe(false);
    const result = glossaryTermSchema.safeParse({ ...base, zh: { ...base.zh, simple: '给小学生的解释。' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('en.simple');
  });
});

describe('the glossary as the single source of English terms', () => {
  // "distributed photovoltaic (PV) power", "distributed photovoltaic power" and "PV" name the
  // same thing; so do "green building" and "green buildings".
  const stem = (text: string) => text.split(' ').map((w) => (w.length > 3 ? w.replace(/(es|s)$/, '') : w)).join(' ');
  const core = (text: string) =>
    stem(text.toLowerCase().replace(/\s*\([^)]*\)/g, ' ').replace(/[^\p{L}\p{N}₂₆]+/gu, ' ').replace(/^ *the /, '').replace(/\s+/g, ' ').trim());
  const abbreviations = (text: string) => [...text.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!.toLowerCase()).filter((a) => a.length <= 6);
  const renderings = (term: GlossaryTerm) => [term.en.term, ...term.en.aliases].flatMap((t) => [core(t), ...abbreviations(t)]);
  const englishText = (n: number) => {
    const file = `src/content/measures/en/${String(n).padStart(2, '0')}.mdx`;
    const data = readFrontmatter(file, readFileSync(file, 'utf8')).data as { title: string; text: string };
    return ` ${core(`${data.title} ${data.text}`)} `;
  };
  it('the English of each measure uses the glossary rendering wherever its Chinese uses the term', () => {
    const mismatches: string[] = [];
    for (let n = 1; n <= 24; n++) {
      const en = englishText(n);
      for (const term of termsInText(terms, measureText(n))) {
        if (!renderings(term).some((r) => en.includes(` ${r} `))) mismatches.push(`measure ${n}: ${term.id} → "${term.en.term}"`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
