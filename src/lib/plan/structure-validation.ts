import { departmentsFileSchema, type Department } from '../schemas/department';
import { categoriesFileSchema, type Category } from '../schemas/category';
import { measuresFileSchema, type MeasureStructure } from '../schemas/measure-structure';
import { ContentError, describeZodIssues } from '../checks/validation-errors';

import { EXPECTED_MEASURES } from '../schemas/measure-number';

/** The plan has exactly this many measures, numbered 1…24 (defined once, beside the measure-number schema). */
export { EXPECTED_MEASURES };

export interface PlanData {
  departments: Department[];
  categories: Category[];
  measures: MeasureStructure[];
}

interface Named<T> {
  file: string;
  value: T;
}

/**
 * Validates the three structure files together and returns them typed, or throws a
 * ContentError listing every problem as `<file>: <field>: <message>`.
 */
export function validatePlanData(input: {
  departments: Named<unknown>;
  categories: Named<unknown>;
  measures: Named<unknown>;
}): PlanData {
  const problems: string[] = [];
  const departments = departmentsFileSchema.safeParse(input.departments.value);
  const categories = categoriesFileSchema.safeParse(input.categories.value);
  const measures = measuresFileSchema.safeParse(input.measures.value);
  if (!departments.success) problems.push(...describeZodIssues(input.departments.file, departments.error));
  if (!categories.success) problems.push(...describeZodIssues(input.categories.file, categories.error));
  if (!measures.success) problems.push(...describeZodIssues(input.measures.file, measures.error));
  if (!departments.success || !categories.success || !measures.success) throw new ContentError(problems);

  problems.push(...duplicates(input.departments.file, departments.data.map((d) => d.id), 'id'));
  problems.push(...duplicates(input.categories.file, categories.data.map((c) => c.id), 'id'));
  problems.push(...duplicates(input.categories.file, categories.data.map((c) => String(c.number)), 'number'));

  const departmentIds = new Set(departments.data.map((d) => d.id));
  const categoryIds = new Set(categories.data.map((c) => c.id));
  const file = input.measures.file;
  measures.data.forEach((m, i) => {
    if (m.number !== i + 1) {
      problems.push(`${file}: [${i}].number: expected ${i + 1} (measures are numbered 1–${EXPECTED_MEASURES} in order, no gaps or duplicates), got ${m.number}`);
    }
    if (!categoryIds.has(m.category)) {
      problems.push(`${file}: [${i}].category: unknown category id "${m.category}" (see ${input.categories.file})`);
    }
    m.departments.forEach((ref, j) => {
      const id = typeof ref === 'string' ? ref : ref.id;
      if (!departmentIds.has(id)) {
        problems.push(`${file}: [${i}].departments[${j}]: unknown department id "${id}" (see ${input.departments.file})`);
      }
    });
    if (m.departments.length === 0 && !m.allRelevantDepartments) {
      problems.push(`${file}: [${i}].departments: a measure must name at least one body or “all relevant departments”`);
    }
  });
  if (measures.data.length !== EXPECTED_MEASURES) {
    problems.push(`${file}: (root): expected ${EXPECTED_MEASURES} measures, found ${measures.data.length}`);
  }
  for (const c of categories.data) {
    if (!measures.data.some((m) => m.category === c.id)) {
      problems.push(`${input.categories.file}: ${c.id}: category has no measures in ${file}`);
    }
  }
  if (problems.length) throw new ContentError(problems);
  return { departments: departments.data, categories: categories.data, measures: measures.data };
}

function duplicates(file: string, values: string[], field: string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) problems.push(`${file}: [${i}].${field}: duplicate value "${v}"`);
    seen.add(v);
  });
  return problems;
}
