import { z } from 'astro/zod';
import { measureNumber } from './measure-number';
import { plainText } from './plain-text';
import { calendarDate, planWordsSchema, provenanceFields, reportedNeedsUrl } from './source';

/** What area of city life a case belongs to. Labels: `sector.<id>` in src/lib/i18n/strings/. */
export const SECTORS = ['buildings', 'energy', 'transport', 'industry', 'daily-life', 'governance', 'education'] as const;

/** Xicheng's 15 subdistricts (街道), by id. Labels: `street.<id>` in src/lib/i18n/strings/. */
export const STREETS = [
  'xichanganjie', 'xinjiekou', 'yuetan', 'zhanlanlu', 'desheng', 'jinrongjie', 'shichahai', 'dashilan',
  'tianqiao', 'chunshu', 'taoranting', 'guanganmennei', 'niujie', 'baizhifang', 'guanganmenwai',
] as const;

/**
 * Frontmatter of `src/content/cases/<locale>/<slug>.mdx`: something the district has publicly
 * reported doing (典型案例), told in the author's own words from the cited publications. Twins
 * agree on everything but the words (checked before the build).
 */
export const caseEntrySchema = z
  .strictObject({
    title: plainText(4),
    /** One or two sentences for lists and feeds. */
    summary: plainText(10),
    /** The plan measures the case corresponds to. @example [7, 22] */
    measures: z.array(measureNumber()).min(1),
    /** For each measure, the plan's words that make the link (exact, in this language). */
    planWords: planWordsSchema,
    sector: z.enum(SECTORS),
    street: z.enum(STREETS).nullable(),
    /** The site in the entry's language. @example "二龙路27号等四处机关办公区" */
    site: plainText(2),
    /** The year the reported facts describe; 2022 or earlier is shown as background (方案出台前). */
    year: z.number().int().min(2000).max(2035),
    /** Published (for feeds and "latest"). */
    published: calendarDate,
    image: z.strictObject({ src: z.string().regex(/^\/(?!\/)/, 'must be a path under public/, starting with one /'), alt: plainText(4) }).optional(),
    ...provenanceFields,
  })
  .refine(reportedNeedsUrl.check, { message: reportedNeedsUrl.message, path: ['sources'] });
export type CaseEntry = z.infer<typeof caseEntrySchema>;
