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
 * One term of `src/content/glossary/terms.yaml`, both languages side by side: the glossary is
 * the single source of each term's English rendering. The id is the term's anchor on
 * /learn/glossary/ and must never change.
 * @example { id: "carbon-peaking", zh: { term: "碳达峰", aliases: [], definition: "…" }, en: { term: "carbon peaking", definition: "…" }, sources: [] }
 */
export const glossaryTermSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case kebab-case'),
  zh: z.strictObject({
    term: plainText(1),
    /** Other forms exactly as the plan writes them, so measure pages can find the term. */
    aliases: z.array(z.string().min(1)).default([]),
    definition: plainText(10),
  }),
  en: z.strictObject({
    term: plainText(2),
    /**
     * How the site's translation renders the plan's shorter forms in `zh.aliases`, where that
     * differs from `term`. @example ["carbon trading"] for 碳交易 beside 碳排放权交易
     */
    aliases: z.array(z.string().min(2)).default([]),
    definition: plainText(20),
  }),
  sources: z.array(glossarySourceSchema).default([]),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
