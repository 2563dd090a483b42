import type { Sources } from '../sources/read-sources';
import { describeZodIssues, problemsOf } from './validation-errors';
import { validatePlanData } from '../plan/structure-validation';
import { pressContactSchema } from '../schemas/press-contact';
import { readerContextSchema } from '../schemas/reader-context';

/** A JSON file of src/data/, parsed, or a problem naming it. */
export function dataFile(sources: Sources, path: string, problems: string[]): { file: string; value: unknown } | undefined {
  const file = sources.data.find((d) => d.path === path);
  if (!file) problems.push(`${path}: file: missing`);
  else if (file.json === undefined) problems.push(`${path}: file: not valid JSON (check commas, quotes and brackets)`);
  else return { file: path, value: file.json };
  return undefined;
}

/**
 * The plan's structure data (departments, categories, which bodies each measure names) is
 * complete and consistent, the press contact configuration holds only well-formed details, and
 * the context box for foreign readers cites each of its sources.
 */
export function checkPlanAndSiteData(sources: Sources): string[] {
  const problems: string[] = [];
  const departments = dataFile(sources, 'src/data/departments.json', problems);
  const categories = dataFile(sources, 'src/data/categories.json', problems);
  const measures = dataFile(sources, 'src/data/measures.json', problems);
  if (departments && categories && measures) problems.push(...problemsOf(() => validatePlanData({ departments, categories, measures })));
  const context = dataFile(sources, 'src/data/reader-context.json', problems);
  if (context) {
    const parsed = readerContextSchema.safeParse(context.value);
    if (!parsed.success) problems.push(...describeZodIssues(context.file, parsed.error));
  }
  const contact = dataFile(sources, 'src/data/press-contact.json', problems);
  if (contact) {
    const parsed = pressContactSchema.safeParse(contact.value);
    if (!parsed.success) problems.push(...describeZodIssues(contact.file, parsed.error));
  }
  return problems;
}
