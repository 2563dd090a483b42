import { z } from 'astro/zod';
import { plainText } from './plain-text';
import { calendarDate, officialNeedsSources, provenanceFields } from './source';
import { STREETS } from './case-entry';

/** The pilot kinds the plan names (measures 3 and 21). Labels: `pilotKind.<id>` in src/i18n. */
export const PILOT_KINDS = [
  'low-carbon-hospital', 'low-zero-carbon-school', 'low-zero-carbon-community',
  'green-school', 'green-mall', 'green-family', 'green-community', 'conservation-minded-office',
] as const;

export const PILOT_STATUSES = ['planned', 'in-progress', 'completed'] as const;

/**
 * Frontmatter of `src/content/pilots/<locale>/<slug>.mdx`. Its measured results are rows of
 * the versioned `pilot-results` dataset whose `pilot` is this entry's slug.
 */
export const pilotEntrySchema = z
  .strictObject({
    title: plainText(4),
    summary: plainText(10),
    kind: z.enum(PILOT_KINDS),
    measures: z.array(z.number().int().min(1).max(24)).min(1),
    street: z.enum(STREETS).nullable(),
    site: plainText(2),
    startYear: z.number().int().min(2021).max(2035),
    status: z.enum(PILOT_STATUSES),
    published: calendarDate,
    ...provenanceFields,
  })
  .refine(officialNeedsSources.check, { message: officialNeedsSources.message, path: ['sources'] });
export type PilotEntry = z.infer<typeof pilotEntrySchema>;
