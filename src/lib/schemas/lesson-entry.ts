import { z } from 'astro/zod';
import { measureNumber } from './measure-number';
import { plainText } from './plain-text';
import { entrySourceSchema } from './source';
import { DIAGRAM_IDS } from '../learn/diagram-ids';

/** Grade bands: 小学 primary, 初中 junior secondary, 高中 senior secondary. Labels: `learn.band.<id>`. */
export const GRADE_BANDS = ['primary', 'junior', 'senior'] as const;
export type GradeBand = (typeof GRADE_BANDS)[number];

/** School subjects a lesson fits. Labels: `learn.subject.<id>`. */
export const SUBJECTS = [
  'science', 'mathematics', 'geography', 'civics', 'chinese', 'english', 'physics', 'chemistry', 'biology',
  'information-technology', 'labour', 'art', 'integrated-practice',
] as const;

const kebabId = () => z.string().regex(/^[a-z0-9-]+$/, 'lower-case kebab-case');

/** One step of the 教学过程: what happens, for how long, in which period, and why (设计意图). */
const activitySchema = z.strictObject({
  title: plainText(2),
  /** Minutes of class time; per period, the activities add up to `periodMinutes`. */
  minutes: z.number().int().min(1).max(45),
  /** The class period it belongs to (1 or 2) in a two-period lesson. */
  period: z.number().int().min(1).max(2).default(1),
  steps: z.array(plainText(4)).min(1),
  /** 设计意图: why this step, in a sentence or two for the teacher. */
  intent: plainText(6),
});

const worksheetQuestionSchema = z.strictObject({
  prompt: plainText(4),
  /** Writing lines printed under the prompt. */
  lines: z.number().int().min(0).max(10),
  /** The model answer, printed in the answer key on its own page. */
  answer: plainText(2),
});

/** How a piece of work is judged: one criterion, described at three levels (good, adequate, not yet). */
const rubricRowSchema = z.strictObject({
  criterion: plainText(2),
  levels: z.tuple([plainText(2), plainText(2), plainText(2)]),
});

/** Where pupils do a worksheet and how long it takes them (the 双减 limits, checked in checks/lesson-timing.ts). */
export const WORKSHEET_USES = ['in-class', 'homework'] as const;

const worksheetSchema = z.strictObject({
  title: plainText(2),
  instructions: plainText(4),
  use: z.enum(WORKSHEET_USES),
  /** Minutes a pupil of the grade needs for it. */
  minutes: z.number().int().min(3).max(45),
  questions: z.array(worksheetQuestionSchema).min(1),
  /** For open questions: how answers are judged. */
  rubric: z.array(rubricRowSchema).default([]),
});

/**
 * A link to the national curriculum: a document of src/content/curriculum/standards.yaml, the
 * requirement of it the lesson serves (as the document words it; the English is a translation),
 * and the textbook chapter where classes meet it. A chapter is named only where the edition's
 * table of contents confirms it; checks/lessons.ts requires at least one per lesson.
 */
const curriculumLinkSchema = z.strictObject({
  standard: kebabId(),
  requirement: plainText(6),
  /** Edition, book and chapter (the requirement above is quoted in “” only where checked against the document; otherwise described). @example "人教版《化学》九年级上册 第六单元 课题3 二氧化碳和一氧化碳" */
  textbook: plainText(4).optional(),
});

/** A 核心素养 objective: the competency (an id the linked standard names) and what pupils can do. */
const objectiveSchema = z.strictObject({ competency: kebabId(), text: plainText(4) });

/** A class period: 40 minutes in primary school, 45 in secondary; a lesson takes one or two. */
export const PERIOD_MINUTES = [40, 45] as const;

/**
 * Frontmatter of `src/content/lessons/<locale>/<slug>.mdx` (format: docs/learning-content.md), a
 * complete 教学设计: objectives by core competency, 重难点, the process with timings and 设计意图,
 * the 板书, curriculum links, handouts and worksheets at two levels. The MDX body is background
 * for the teacher. `durationMinutes` is derived: periods × periodMinutes.
 */
export const lessonEntrySchema = z
  .strictObject({
    title: plainText(4),
    summary: plainText(10),
    band: z.enum(GRADE_BANDS),
    /** The school years it suits, as text. @example "5–6" */
    grades: z.string().regex(/^\d{1,2}(–\d{1,2})?$/, 'a year or a range of years such as "5–6" (en dash)'),
    subjects: z.array(z.enum(SUBJECTS)).min(1),
    periods: z.number().int().min(1).max(2),
    periodMinutes: z.union(PERIOD_MINUTES.map((m) => z.literal(m)) as [z.ZodLiteral<40>, z.ZodLiteral<45>]),
    /** The plan measures the lesson teaches. @example [3, 21] */
    measures: z.array(measureNumber()).min(1),
    /** Glossary term ids the lesson uses (src/content/glossary/terms.yaml). */
    glossary: z.array(kebabId()).default([]),
    curriculum: z.array(curriculumLinkSchema).min(1),
    objectives: z.array(objectiveSchema).min(2),
    /** 教学重点 */
    keyPoints: z.array(plainText(4)).min(1),
    /** 教学难点 */
    difficulties: z.array(plainText(4)).min(1),
    materials: z.array(plainText(2)).min(1),
    /** Printable handouts (src/content/handouts/<locale>/<id>.mdx) the lesson uses. */
    handouts: z.array(kebabId()).default([]),
    /** Diagrams the lesson and its slides show. */
    diagrams: z.array(z.enum(DIAGRAM_IDS)).default([]),
    activities: z.array(activitySchema).min(2),
    /** 板书设计: the board, line by line, as the teacher writes it. */
    boardPlan: z.array(plainText(1)).min(2),
    discussion: z.array(plainText(4)).min(1),
    /** The 基础 worksheet (also the page's printable pupil worksheet). */
    worksheet: worksheetSchema,
    /** The 提高 worksheet, for pupils ready for more. */
    advancedWorksheet: worksheetSchema,
    /** Published cases and pilots (src/content/cases, src/content/pilots) the lesson can use as real examples. */
    cases: z.array(kebabId()).default([]),
    pilots: z.array(kebabId()).default([]),
    sources: z.array(entrySourceSchema).default([]),
  })
  .transform((l) => ({ ...l, durationMinutes: l.periods * l.periodMinutes }));
export type LessonEntry = z.infer<typeof lessonEntrySchema>;
