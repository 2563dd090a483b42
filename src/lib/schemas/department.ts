import { z } from 'astro/zod';

/** A body the plan names as responsible for one or more measures (`src/data/departments.json`). */
export const departmentSchema = z.strictObject({
  /** Stable URL id. @example "development-reform" → /departments/development-reform/ */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lower-case kebab-case'),
  /** Official Chinese name as the plan writes it. @example "区发展改革委" */
  zh: z.string().min(2),
  /** The ONE English rendering used everywhere on the site. */
  en: z.string().min(2),
  /** Optional note shown on the department page, e.g. two spellings of one body. */
  noteZh: z.string().optional(),
  noteEn: z.string().optional(),
});
export type Department = z.infer<typeof departmentSchema>;
export const departmentsFileSchema = z.array(departmentSchema).min(1);
