import { z } from 'astro/zod';

/** One of the plan's seven task groups, （一）…（七） (`src/data/categories.json`). */
export const categorySchema = z.strictObject({
  /** Stable URL/filter id. @example "green-energy" */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lower-case kebab-case'),
  /** Position 1–7, rendered as （一）…（七）. */
  number: z.number().int().min(1).max(7),
  /** The plan's heading, verbatim, without the （一） prefix. */
  zh: z.string().min(2),
  en: z.string().min(2),
  /** Short labels for filters and cards. */
  shortZh: z.string().min(2),
  shortEn: z.string().min(2),
});
export type Category = z.infer<typeof categorySchema>;
export const categoriesFileSchema = z.array(categorySchema).length(7);
