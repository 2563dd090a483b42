import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { glossaryTermSchema, type GlossaryTerm } from '../../src/lib/schemas/glossary-term';
import { termsInText } from '../../src/lib/learn/glossary-links';
import { readFrontmatter } from '../support/frontmatter';

const terms: GlossaryTerm[] = (parse(readFileSync('src/content/glossary/terms.yaml', 'utf8')) as unknown[]).map((t) => glossaryTermSchema.parse(t));
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
  it('lists aliases only as the plan writes them, so measure pages can find them', () => {
    for (const term of terms) for (const alias of term.zh.aliases) expect(planText, `${term.id}: ${alias}`).toContain(alias);
  });
  it('finds terms in a measure by their Chinese form or an alias, in glossary order', () => {
    expect(termsInText(terms, measureText(18)).map((t) => t.id)).toEqual(expect.arrayContaining(['non-co2-greenhouse-gases', 'sulphur-hexafluoride']));
    expect(termsInText(terms, measureText(7)).map((t) => t.id)).toEqual(expect.arrayContaining(['renewable-energy', 'distributed-pv']));
    expect(termsInText(terms, '与本方案无关的句子')).toEqual([]);
  });
  it('holds only terms that occur in the plan, by their Chinese form or an alias', () => {
    const unused = terms.filter((t) => termsInText([t], planText).length === 0).map((t) => t.id);
    expect(unused).toEqual([]);
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
