import { z } from 'astro/zod';

/**
 * `src/data/datasets/withdrawn.json`: released dataset versions taken off the site, keyed
 * `<id>@<version>`. A release never changes and its lock entry stays (released data is
 * append-only); withdrawing it stops publishing its rows, and the catalogue says when and why.
 * @example { "pilot-results@1.0.0": { "date": "2026-11-29", "reason": { "zh": "…", "en": "…" } } }
 */
export const withdrawnSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9-]*@\d+\.\d+\.\d+$/, 'keys are <dataset id>@<version>'),
  z.strictObject({ date: z.iso.date(), reason: z.strictObject({ zh: z.string().min(10), en: z.string().min(10) }) }),
);
export type Withdrawn = z.infer<typeof withdrawnSchema>;
