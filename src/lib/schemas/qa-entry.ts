import { z } from 'astro/zod';
import { measureNumber } from './measure-number';
import { plainText } from './plain-text';

/** Plan sections a Q&A answer may point to (the anchors of /plan/). */
export const PLAN_SECTION_IDS = ['notice', 'plan', 'guiding-ideology', 'main-goals', 'tasks'] as const;

/** Frontmatter of `src/content/qa/<locale>/NN-slug.md`; the body is the answer. */
export const qaEntrySchema = z
  .strictObject({
    /** Position on the Q&A page. */
    order: z.number().int().min(1),
    question: plainText(4),
    /** Measures the answer draws on; each becomes a link. @example [7, 11] */
    measures: z.array(measureNumber()).default([]),
    sections: z.array(z.enum(PLAN_SECTION_IDS)).default([]),
  })
  .refine((qa) => qa.measures.length + qa.sections.length > 0, {
    message: 'an answer must name at least one measure or plan section it draws on',
    path: ['measures'],
  });
export type QaEntry = z.infer<typeof qaEntrySchema>;
