import { z } from 'astro/zod';
import { measureNumber } from './measure-number';
import { plainText } from './plain-text';
import { calendarDate, planWordsSchema, provenanceFields, reportedNeedsUrl } from './source';
import { STREETS } from './case-entry';

/**
 * The pilot kinds the plan names (measures 3 and 21), then the demonstration programmes the
 * district has reported taking part in. Labels: `pilotKind.<id>` in src/lib/i18n/strings/.
 */
export const PILOT_KINDS = [
  'low-carbon-hospital', 'low-zero-carbon-school', 'low-zero-carbon-community',
  'green-school', 'green-mall', 'green-family', 'green-community', 'conservation-minded-office',
  'waste-sorting-demonstration', 'energy-saving-public-institution', 'urban-renewal-pilot',
] as const;

export const PILOT_STATUSES = ['planned', 'in-progress', 'completed'] as const;

/**
 * Frontmatter of `src/content/pilots/<locale>/<slug>.mdx`: a pilot or demonstration programme
 * the district has publicly reported, with its status as the latest cited source states it.
 */
export const pilotEntrySchema = z
  .strictObject({
    title: plainText(4),
    summary: plainText(10),
    kind: z.enum(PILOT_KINDS),
    measures: z.array(measureNumber()).min(1),
    planWords: planWordsSchema,
    street: z.enum(STREETS).nullable(),
    site: plainText(2),
    /** The year the programme started or the site was designated, as the source says. */
    startYear: z.number().int().min(2000).max(2035),
    status: z.enum(PILOT_STATUSES),
    /** The date of the source that states `status`: a status is only as current as its source. */
    statusAsOf: calendarDate,
    published: calendarDate,
    ...provenanceFields,
  })
  .refine(reportedNeedsUrl.check, { message: reportedNeedsUrl.message, path: ['sources'] });
export type PilotEntry = z.infer<typeof pilotEntrySchema>;
