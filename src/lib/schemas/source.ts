import { z } from 'astro/zod';

/**
 * A calendar date as `YYYY-MM-DD`. Astro's YAML reader turns an unquoted date into a Date, the
 * test's reader keeps the text; both end up as the same string.
 */
const dateAsText = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
export const calendarDate = z.preprocess(dateAsText, z.iso.date());

/**
 * A publication a fact rests on, written in the entry's own language.
 * @example { publisher: "北京市西城区人民政府", title: "…", date: "2023-06-01", url: "https://…" }
 */
export const entrySourceSchema = z.strictObject({
  publisher: z.string().min(2),
  title: z.string().min(2),
  /** Publication date (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known). */
  date: z.preprocess(dateAsText, z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
  url: z.url().nullable().default(null),
});
export type EntrySource = z.infer<typeof entrySourceSchema>;

/**
 * `official` content must name its sources; anything without a source is an example and must
 * say so (`illustrative`), so an unsourced claim can never pass for a fact.
 */
export const provenanceFields = {
  provenance: z.enum(['official', 'illustrative']),
  sources: z.array(entrySourceSchema).default([]),
};
export const officialNeedsSources = {
  check: (e: { provenance: string; sources: unknown[] }) => e.provenance === 'illustrative' || e.sources.length > 0,
  message: 'official content must name at least one source; content without a source is marked provenance: illustrative',
} as const;
