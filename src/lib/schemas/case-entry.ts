import { z } from 'astro/zod';
import { plainText } from './plain-text';
import { calendarDate, officialNeedsSources, provenanceFields } from './source';

/** What area of city life a case belongs to. Labels: `sector.<id>` in src/i18n. */
export const SECTORS = ['buildings', 'energy', 'transport', 'industry', 'daily-life', 'governance', 'education'] as const;

/** Xicheng's 15 subdistricts (街道), by id. Labels: `street.<id>` in src/i18n. */
export const STREETS = [
  'xichanganjie', 'xinjiekou', 'yuetan', 'zhanlanlu', 'desheng', 'jinrongjie', 'shichahai', 'dashilan',
  'tianqiao', 'chunshu', 'taoranting', 'guanganmennei', 'niujie', 'baizhifang', 'guanganmenwai',
] as const;

/**
 * Frontmatter of `src/content/cases/<locale>/<slug>.mdx` (a typical case, 典型案例); the body
 * tells the story. Twins agree on everything but the words (checked in content-integrity).
 */
export const caseEntrySchema = z
  .strictObject({
    title: plainText(4),
    /** One or two sentences for lists and feeds. */
    summary: plainText(10),
    /** The plan measures the case carries out. @example [11, 21] */
    measures: z.array(z.number().int().min(1).max(24)).min(1),
    sector: z.enum(SECTORS),
    street: z.enum(STREETS).nullable(),
    /** The site in the entry's language. @example "某小学（示例）" */
    site: plainText(2),
    year: z.number().int().min(2021).max(2035),
    /** Published (for feeds and "latest"). */
    published: calendarDate,
    image: z.strictObject({ src: z.string().min(1), alt: z.string().min(4) }).optional(),
    ...provenanceFields,
  })
  .refine(officialNeedsSources.check, { message: officialNeedsSources.message, path: ['sources'] });
export type CaseEntry = z.infer<typeof caseEntrySchema>;
