import { z } from 'astro/zod';

/**
 * A responsible body as listed in a measure: its department id, or the id plus the exact
 * name the plan writes there when it differs from the department record
 * (measure 9 writes “金融街服务局”, measure 20 “北京金融街服务局”: one body).
 */
export const measureDepartmentRefSchema = z.union([
  z.string(),
  z.strictObject({ id: z.string(), asWritten: z.string().min(2) }),
]);
export type MeasureDepartmentRef = z.infer<typeof measureDepartmentRefSchema>;

/**
 * The language-neutral facts about a measure (`src/data/measures.json`): its category and
 * the bodies responsible, in the plan's order. The plan names no lead body (“按职责分工负责”),
 * so order carries no rank.
 */
export const measureStructureSchema = z.strictObject({
  /** Measure number as printed in the plan, 1–24. */
  number: z.number().int().min(1),
  /** Category id from categories.json. */
  category: z.string(),
  /** Responsible bodies in the order the plan lists them. */
  departments: z.array(measureDepartmentRefSchema),
  /** The plan adds “和各有关部门” (and all relevant departments). */
  allRelevantDepartments: z.boolean(),
  /** The plan ends the list with “等” (etc.). */
  etAl: z.boolean(),
});
export type MeasureStructure = z.infer<typeof measureStructureSchema>;
export const measuresFileSchema = z.array(measureStructureSchema);
