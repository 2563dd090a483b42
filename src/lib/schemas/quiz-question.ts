import { z } from 'astro/zod';
import { plainText } from './plain-text';

const side = z.strictObject({
  question: plainText(4),
  options: z.array(plainText(1)).min(3).max(4),
  explanation: plainText(10),
});

/**
 * One question of `src/content/quiz/questions.yaml`: the same question in both languages, with
 * the options in the same order, the index of the correct one, and where the plan says so.
 */
export const quizQuestionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case kebab-case'),
    /** Anchor on /plan/: measure-1 … measure-24, main-goals, guiding-ideology or tasks. */
    planAnchor: z.string().regex(/^(measure-([1-9]|1\d|2[0-4])|main-goals|guiding-ideology|tasks)$/, 'measure-1 … measure-24, main-goals, guiding-ideology or tasks'),
    /** 0-based index of the correct option. */
    answer: z.number().int().min(0),
    zh: side,
    en: side,
  })
  .refine((q) => q.zh.options.length === q.en.options.length, { message: 'both languages must have the same number of options', path: ['en', 'options'] })
  .refine((q) => q.answer < q.zh.options.length, { message: 'answer must be the index of one of the options (0-based)', path: ['answer'] });
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

/** The measure a question is about, if its anchor is a measure. */
export const measureOfAnchor = (anchor: string): number | null => {
  const m = /^measure-(\d+)$/.exec(anchor);
  return m ? Number(m[1]) : null;
};
