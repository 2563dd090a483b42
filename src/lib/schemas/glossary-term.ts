import { z } from 'astro/zod';
import { plainText } from './plain-text';
import { entrySourceSchema } from './source';

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
  sources: z.array(entrySourceSchema).default([]),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
