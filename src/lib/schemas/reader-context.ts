import { z } from 'astro/zod';
import { plainText } from './plain-text';
import { entrySourceSchema } from './source';

/**
 * `src/data/reader-context.json`: the short "About Xicheng and this plan" box for readers who
 * do not know China's administration (English pages). Each paragraph is plain text; `[^1]`,
 * `[^2]` (footnote marks, so "[2022]" in a document number stays text) point to the numbered
 * sources below it; what comes from the plan itself needs no mark.
 */
export const readerContextSchema = z.strictObject({
  en: z.strictObject({
    title: plainText(5),
    paragraphs: z.array(plainText(20)).min(1),
    /** Sources for the facts not in the plan, numbered [1], [2]… in order. */
    sources: z.array(entrySourceSchema).min(1),
  }),
}).superRefine((context, ctx) => {
  const count = context.en.sources.length;
  const cited = new Set(context.en.paragraphs.flatMap((p) => [...p.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]))));
  for (const n of cited) if (n < 1 || n > count) ctx.addIssue({ code: 'custom', path: ['en', 'paragraphs'], message: `cites [${n}], but there are ${count} sources` });
  for (let n = 1; n <= count; n++) if (!cited.has(n)) ctx.addIssue({ code: 'custom', path: ['en', 'sources', n - 1], message: `source [${n}] is cited by no paragraph` });
});
export type ReaderContext = z.infer<typeof readerContextSchema>;
