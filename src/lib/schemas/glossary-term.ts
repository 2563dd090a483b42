import { z } from 'astro/zod';
import { plainText } from './plain-text';
import { entrySourceSchema, type EntrySource } from './source';

/** Han characters: a source titled with them is a Chinese publication. */
const HAN = /[\u4e00-\u9fff]/;

/**
 * A source of a glossary definition. The glossary holds both languages in one entry, so a
 * Chinese publication also carries its English rendering (`en`), which English pages cite with
 * the title as published beside it: no English page cites a source only in Chinese.
 */
export const glossarySourceSchema = entrySourceSchema
  .extend({ en: z.strictObject({ publisher: plainText(2), title: plainText(2) }).optional() })
  .refine((s) => !HAN.test(s.title) || s.en !== undefined, {
    message: 'a Chinese source needs its English rendering: en: { publisher, title } (the English glossary cites it so)',
    path: ['en'],
  });
export type GlossarySource = z.infer<typeof glossarySourceSchema>;

/**
 * The source as the page of `locale` cites it: on English pages a Chinese source is given by its
 * English rendering, with the title as published and its language.
 */
export function glossarySourceFor(locale: 'zh-cn' | 'en', s: GlossarySource): EntrySource {
  const { en, ...source } = s;
  if (locale === 'zh-cn' || !en) return source;
  return { ...source, publisher: en.publisher, title: en.title, originalTitle: s.title, language: 'zh-CN' };
}

/**
 * Where a term comes from. A `plan` term occurs in the plan (its Chinese form or an alias) and
 * measure pages list it; a `learning` term is the climate science behind the plan (温室效应,
 * 碳循环…) that lessons teach but the plan never writes, so it must rest on a named source.
 */
export const GLOSSARY_SCOPES = ['plan', 'learning'] as const;
export type GlossaryScope = (typeof GLOSSARY_SCOPES)[number];

/** A definition for primary pupils: one or two short sentences a nine-year-old understands. */
const simpleDefinition = (min: number) => plainText(min).optional();

/**
 * One term of `src/content/glossary/terms.yaml`, both languages side by side: the glossary is
 * the single source of each term's English rendering. The id is the term's anchor on
 * /learn/glossary/ and must never change. Whether a plan term really occurs in the plan (and a
 * learning term does not) needs the plan's text: src/lib/checks/learning-content.ts checks it.
 * @example { id: "carbon-peaking", zh: { term: "碳达峰", aliases: [], definition: "…" }, en: { term: "carbon peaking", definition: "…" }, sources: [] }
 */
export const glossaryTermSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case kebab-case'),
    /** plan (default): a term of the plan; learning: climate science the lessons teach, with a source. */
    scope: z.enum(GLOSSARY_SCOPES, { error: 'must be plan (a term the plan uses) or learning (climate science the lessons teach, with sources)' }).default('plan'),
    zh: z.strictObject({
      term: plainText(1),
      /** Other forms exactly as the plan writes them, so measure pages can find the term. */
      aliases: z.array(z.string().min(1)).default([]),
      definition: plainText(10),
      /** 小学版: the same idea for primary pupils, shown beside the definition. */
      simple: simpleDefinition(6),
    }),
    en: z.strictObject({
      term: plainText(2),
      /**
       * How the site's translation renders the plan's shorter forms in `zh.aliases`, where that
       * differs from `term`. @example ["carbon trading"] for 碳交易 beside 碳排放权交易
       */
      aliases: z.array(z.string().min(2)).default([]),
      definition: plainText(20),
      /** For younger pupils: the English twin of `zh.simple`. */
      simple: simpleDefinition(12),
    }),
    sources: z.array(glossarySourceSchema).default([]),
  })
  .refine((t) => t.scope !== 'learning' || t.sources.length > 0, {
    message: 'a learning term (not in the plan) needs at least one source: sources: [{ publisher, title, date, url }]',
    path: ['sources'],
  })
  .refine((t) => (t.zh.simple === undefined) === (t.en.simple === undefined), {
    message: 'a simple definition is given in both languages or in neither: add zh.simple and en.simple together',
    path: ['en', 'simple'],
  });
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
