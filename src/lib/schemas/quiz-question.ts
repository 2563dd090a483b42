import { z } from 'astro/zod';
import { plainText } from './plain-text';
import { GRADE_BANDS } from './lesson-entry';
import { QUIZ_PICTURE_IDS } from '../../components/learn/quiz-pictures/registry';

/**
 * What kind of item a question is:
 * - `recall`: a question on what the plan says, answered in words;
 * - `picture`: for primary pupils, each option also shown as a picture (`pictures`, ids from
 *   `src/components/learn/quiz-pictures/registry.ts`);
 * - `wording`: "which wording is accurate?": the options are one sentence of the plan with its
 *   commitment word (确保, 力争, 原则上 …) or scope word (新建, 既有) changed; the correct one is
 *   the plan's own words (checked in src/lib/checks/quiz-bank.ts).
 */
export const QUIZ_KINDS = ['recall', 'picture', 'wording'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

const side = z.strictObject({
  question: plainText(4),
  options: z.array(plainText(1)).min(3).max(4),
  explanation: plainText(10),
});

/**
 * One question of `src/content/quiz/questions.yaml`: the same question in both languages, with
 * the options in the same order, the index of the correct one, its grade band and kind, and where
 * the plan says so.
 */
export const quizQuestionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case kebab-case'),
    /** The bank it belongs to: 小学 primary, 初中 junior, 高中 senior. */
    band: z.enum(GRADE_BANDS),
    kind: z.enum(QUIZ_KINDS),
    /** Anchor on /plan/: measure-1 … measure-24, main-goals, guiding-ideology or tasks. */
    planAnchor: z.string().regex(/^(measure-([1-9]|1\d|2[0-4])|main-goals|guiding-ideology|tasks)$/, 'measure-1 … measure-24, main-goals, guiding-ideology or tasks'),
    /** 0-based index of the correct option. */
    answer: z.number().int().min(0),
    /** Picture items only: one picture id per option, in the options' order. */
    pictures: z.array(z.enum(QUIZ_PICTURE_IDS, { error: (issue) => `no picture "${String(issue.input)}" in src/components/learn/quiz-pictures/registry.ts` })).optional(),
    zh: side,
    en: side,
  })
  .refine((q) => q.zh.options.length === q.en.options.length, { message: 'both languages must have the same number of options', path: ['en', 'options'] })
  .refine((q) => q.answer < q.zh.options.length, { message: 'answer must be the index of one of the options (0-based)', path: ['answer'] })
  .refine((q) => (q.kind === 'picture') === (q.pictures !== undefined), { message: 'a picture item lists one picture per option; other kinds have no pictures', path: ['pictures'] })
  .refine((q) => q.pictures === undefined || q.pictures.length === q.zh.options.length, { message: 'one picture per option, in the same order', path: ['pictures'] })
  .refine((q) => new Set(q.zh.options).size === q.zh.options.length && new Set(q.en.options).size === q.en.options.length, { message: 'options must differ from one another', path: ['zh', 'options'] });
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

/** The measure a question is about, if its anchor is a measure. */
export const measureOfAnchor = (anchor: string): number | null => {
  const m = /^measure-(\d+)$/.exec(anchor);
  return m ? Number(m[1]) : null;
};
