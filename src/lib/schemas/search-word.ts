import { z } from 'astro/zod';
import { plainText } from './plain-text';

/** A word as people type it: plain text, no markup, no separators the index format uses. */
const typedWord = (min: number) =>
  plainText(min)
    .max(80)
    .refine((s) => s === s.trim() && !/[|;=\n]/.test(s), { message: 'must be one word or phrase without leading/trailing spaces or the characters | ; =' });

/**
 * One entry of `src/content/glossary/search-words.yaml`: the words residents type (aliases)
 * for a term the plan itself uses (planTerm), in both languages. The build feeds the aliases
 * into the search index of every page whose text contains the plan term (src/lib/search/).
 * @example { planTerm: { zh: "充电设施", en: "charging facilities" }, aliases: { zh: ["充电桩"], en: ["EV charger"] }, glossaryId: "charging-facilities" }
 */
export const searchWordSchema = z.strictObject({
  planTerm: z.strictObject({ zh: typedWord(2), en: typedWord(2) }),
  aliases: z.strictObject({
    zh: z.array(typedWord(1)).min(1),
    en: z.array(typedWord(2)).default([]),
  }),
  /** The glossary entry (terms.yaml id) that explains the term, where there is one. */
  glossaryId: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
});
export type SearchWord = z.infer<typeof searchWordSchema>;
