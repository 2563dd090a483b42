import type { z } from 'astro/zod';
import type { ContentFile, Sources } from '../sources/read-sources';
import { describeZodIssues } from './validation-errors';
import { measureEntrySchema } from '../schemas/measure-entry';
import { qaEntrySchema } from '../schemas/qa-entry';
import { pageEntrySchema } from '../schemas/page-entry';
import { planEntrySchema } from '../schemas/plan-entry';
import { caseEntrySchema } from '../schemas/case-entry';
import { pilotEntrySchema } from '../schemas/pilot-entry';
import { showcaseEntrySchema } from '../schemas/showcase-entry';
import { lessonEntrySchema } from '../schemas/lesson-entry';
import { handoutEntrySchema } from '../schemas/handout-entry';

/** The frontmatter schema of each Markdown/MDX collection: the same ones src/content.config.ts gives Astro. */
export const ENTRY_SCHEMAS: Record<string, z.ZodType> = {
  plan: planEntrySchema,
  measures: measureEntrySchema,
  qa: qaEntrySchema,
  pages: pageEntrySchema,
  cases: caseEntrySchema,
  pilots: pilotEntrySchema,
  showcases: showcaseEntrySchema,
  lessons: lessonEntrySchema,
  handouts: handoutEntrySchema,
};

const parsed = new WeakMap<ContentFile, { data?: unknown; problems: string[] }>();

/** A file's frontmatter checked against its collection's schema, once per file. */
export function validatedEntry(file: ContentFile): { data?: unknown; problems: string[] } {
  let result = parsed.get(file);
  if (!result) {
    const schema = file.collection ? ENTRY_SCHEMAS[file.collection] : undefined;
    if (!schema || file.readError || file.data === null) result = { problems: [] };
    else {
      const r = schema.safeParse(file.data);
      result = r.success ? { data: r.data, problems: [] } : { problems: describeZodIssues(file.path, r.error) };
    }
    parsed.set(file, result);
  }
  return result;
}

/** The valid entries of a collection (in one locale), with their parsed frontmatter. */
export function validEntries<T>(sources: Sources, collection: string, locale?: string): { file: ContentFile; data: T }[] {
  return sources.content
    .filter((f) => f.collection === collection && (locale === undefined || f.locale === locale))
    .flatMap((file) => {
      const { data } = validatedEntry(file);
      return data === undefined ? [] : [{ file, data: data as T }];
    });
}

/** Every entry's frontmatter passes its collection's schema; problems name file and field. */
export function checkEntrySchemas(sources: Sources): string[] {
  return sources.content.flatMap((f) => validatedEntry(f).problems);
}
