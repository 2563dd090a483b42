import { z } from 'astro/zod';

const bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

/** `official`: published by a government body; `reported`: from named news reports; `derived`:
 *  computed from the plan itself; `illustrative`: example figures that show the format, not facts
 *  (only in released versions kept for the record, or marked per row as assumptions). */
export const PROVENANCES = ['official', 'reported', 'derived', 'illustrative'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/**
 * One column of a dataset's rows: its header in both languages, its type and unit.
 * @example { "key": "value", "zh": "目标值", "en": "Value", "type": "number", "unit": "见 unit 列" }
 */
export const datasetColumnSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  zh: z.string().min(1),
  en: z.string().min(1),
  type: z.enum(['string', 'number', 'integer']),
  /** Unit of the column's values, when they have one. @example { "zh": "项", "en": "measures" } */
  unit: bilingual.nullable(),
});
export type DatasetColumn = z.infer<typeof datasetColumnSchema>;

/** Where the numbers come from. @example { "publisher": {…}, "title": {…}, "date": "2022-12-29", "url": null } */
export const datasetSourceSchema = z.strictObject({
  publisher: bilingual,
  title: bilingual,
  date: z.iso.date(),
  url: z.url().nullable(),
});

/**
 * A released version of a dataset, `src/data/datasets/<id>/<version>.json`. Released files never
 * change (a lock file pins their sha256); a correction is a new version with a changelog line.
 */
export const datasetSchema = z.strictObject({
  /** @example "plan-targets" — also the folder name. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Semantic version, also the file name. @example "1.0.0" */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
  /** Release date. @example "2026-11-24" */
  released: z.iso.date(),
  title: bilingual,
  description: bilingual,
  license: z.strictObject({ id: z.string().min(1), name: bilingual, url: z.url() }),
  provenance: z.enum(PROVENANCES),
  sources: z.array(datasetSourceSchema).min(1),
  /** What changed in this version. */
  changelog: bilingual,
  columns: z.array(datasetColumnSchema).min(1),
  /** Checked against the columns and the dataset's own row schema (see registry.ts). */
  rows: z.array(z.record(z.string(), z.unknown())),
});
export type DatasetFile = z.infer<typeof datasetSchema>;
export type Bilingual = z.infer<typeof bilingual>;
