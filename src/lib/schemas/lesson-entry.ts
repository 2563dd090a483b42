import { z } from 'astro/zod';
import { measureNumber } from './measure-number';
import { plainText } from './plain-text';
import { entrySourceSchema } from './source';

/** Grade bands: 小学 primary, 初中 junior secondary, 高中 senior secondary. Labels: `learn.band.<id>`. */
export const GRADE_BANDS = ['primary', 'junior', 'senior'] as const;
export type GradeBand = (typeof GRADE_BANDS)[number];

/** School subjects a lesson fits. Labels: `learn.subject.<id>`. */
export const SUBJECTS = [
  'science', 'mathematics', 'geography', 'civics', 'chinese', 'english', 'physics', 'chemistry', 'biology',
  'information-technology', 'labour', 'art', 'integrated-practice',
] as const;

const activitySchema = z.strictObject({
  title: plainText(2),
  /** Minutes of class time; the activities add up to the lesson's duration. */
  minutes: z.number().int().min(1).max(90),
  steps: z.array(plainText(4)).min(1),
});

const worksheetQuestionSchema = z.strictObject({
  prompt: plainText(4),
  /** Writing lines printed under the prompt. */
  lines: z.number().int().min(0).max(10),
  /** The model answer, printed in the answer key on its own page. */
  answer: plainText(2),
});

/**
 * Frontmatter of `src/content/lessons/<locale>/<slug>.mdx` (format: docs/learning-content.md).
 * The structured parts print as the lesson, its worksheet and its answer key; the MDX body is
 * background for the teacher.
 */
export const lessonEntrySchema = z
  .strictObject({
    title: plainText(4),
    summary: plainText(10),
    band: z.enum(GRADE_BANDS),
    /** The school years it suits, as text. @example "5–6" */
    grades: z.string().regex(/^\d{1,2}(–\d{1,2})?$/, 'a year or a range of years such as "5–6" (en dash)'),
    subjects: z.array(z.enum(SUBJECTS)).min(1),
    durationMinutes: z.number().int().min(10).max(180),
    /** The plan measures the lesson teaches. @example [3, 21] */
    measures: z.array(measureNumber()).min(1),
    /** Glossary term ids the lesson uses (src/content/glossary/terms.yaml). */
    glossary: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    objectives: z.array(plainText(4)).min(1),
    materials: z.array(plainText(2)).min(1),
    activities: z.array(activitySchema).min(1),
    discussion: z.array(plainText(4)).min(1),
    worksheet: z.strictObject({
      title: plainText(2),
      instructions: plainText(4),
      questions: z.array(worksheetQuestionSchema).min(1),
    }),
    sources: z.array(entrySourceSchema).default([]),
  })
  .refine((l) => l.activities.reduce((sum, a) => sum + a.minutes, 0) === l.durationMinutes, {
    message: 'the activities’ minutes must add up to durationMinutes',
    path: ['durationMinutes'],
  });
export type LessonEntry = z.infer<typeof lessonEntrySchema>;
