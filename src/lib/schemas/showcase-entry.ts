import { z } from 'astro/zod';
import { plainText } from './plain-text';
import { calendarDate, ENTRY_PROVENANCES, entrySourceSchema } from './source';

/** The two national events measure 21 asks the district to use. Labels: `showcase.event.<id>`. */
export const SHOWCASE_EVENTS = ['energy-conservation-week', 'low-carbon-day'] as const;

/**
 * Frontmatter of `src/content/showcases/<locale>/<id>.mdx`: one entry per year and event
 * (全国节能宣传周 / 全国低碳日), the cases, pilots and charts it features (references checked
 * before the build), and, as its body, the story that ties them together.
 *
 * The dates and the national theme change every year and are set by a national notice: they are
 * stated with the page that publishes that notice (or reports it) as `eventSource`.
 */
export const showcaseEntrySchema = z
  .strictObject({
    title: plainText(4),
    summary: plainText(10),
    event: z.enum(SHOWCASE_EVENTS),
    year: z.number().int().min(2013).max(2035),
    /** First and last day of the event, inclusive (the same day for Low-Carbon Day). */
    start: calendarDate,
    end: calendarDate,
    /** The national theme for the year, in the entry's language; null when not known. @example "节能降碳，绿色发展" */
    theme: plainText(2).nullable(),
    /** The notice (or report of it) that set the dates and the theme, with a URL readers can open. */
    eventSource: entrySourceSchema.refine((s) => s.url !== null, { message: 'the event notice needs the url of a page that publishes it', path: ['url'] }),
    /** Slugs of featured cases, pilots, and ids of featured charts (src/lib/charts/definitions.ts). */
    cases: z.array(z.string().min(1)).default([]),
    pilots: z.array(z.string().min(1)).default([]),
    charts: z.array(z.string().min(1)).default([]),
    published: calendarDate,
    /** `official` when eventSource is a government page, `reported` when it is a news report. */
    provenance: z.enum(ENTRY_PROVENANCES),
    /** Further publications the story relies on (the featured entries carry their own). */
    sources: z.array(entrySourceSchema).default([]),
  })
  .refine((e) => e.start <= e.end, { message: 'end must be on or after start', path: ['end'] })
  .refine((e) => e.start.startsWith(`${e.year}-`), { message: 'start must fall in the entry’s year', path: ['start'] })
  .refine((e) => e.event !== 'low-carbon-day' || e.start === e.end, { message: 'Low-Carbon Day is one day: start and end must be equal', path: ['end'] });
export type ShowcaseEntry = z.infer<typeof showcaseEntrySchema>;
