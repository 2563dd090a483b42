import type { ContentFile, Sources } from '../sources/read-sources';
import { glossaryTermSchema } from '../schemas/glossary-term';
import { readOfficialSource } from './published/official-source';
import type { LessonEntry } from '../schemas/lesson-entry';
import { validEntries } from './entry-schemas';
import { formatPath } from './validation-errors';
import type { z } from 'astro/zod';

export const GLOSSARY_FILE = 'src/content/glossary/terms.yaml';
export const QUIZ_FILE = 'src/content/quiz/questions.yaml';

/** A content file that holds a YAML list of entries, or a problem naming it (missing, unreadable, not a list). */
export function yamlListFile(sources: Sources, path: string, problems: string[]): (ContentFile & { data: unknown[] }) | undefined {
  const file = sources.content.find((f) => f.path === path);
  if (!file) problems.push(`${path}: file: missing`);
  else if (file.readError) problems.push(`${path}: ${file.readError}`);
  else if (!Array.isArray(file.data)) problems.push(`${path}: file: must be a YAML list of entries`);
  else return file as ContentFile & { data: unknown[] };
  return undefined;
}

/**
 * Each entry of a YAML list passes its schema (problems name `[index]` and the field) and ids are
 * unique; returns the valid entries by id (the first, for a duplicate).
 */
export function checkList<T extends { id: string }>(sources: Sources, path: string, schema: z.ZodType<T>, problems: string[]): Map<string, T> {
  const entries = new Map<string, T>();
  yamlListFile(sources, path, problems)?.data.forEach((entry: unknown, i: number) => {
    const result = schema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${path}: ${formatPath([i, ...issue.path])}: ${issue.message}`);
    } else if (entries.has(result.data.id)) problems.push(`${path}: [${i}].id: duplicate id "${result.data.id}"`);
    else entries.set(result.data.id, result.data);
  });
  return entries;
}

/** Spaces and line breaks removed: the official text comes from a PDF, broken at arbitrary points. */
const withoutSpaces = (s: string) => s.replace(/\s+/g, '');

/**
 * A glossary term's scope matches the plan: a plan term occurs in the official text by its
 * Chinese form or an alias, and every alias is written as the plan writes it (measure pages find
 * terms by these forms); a learning term occurs in it by none of its forms, or it would be a
 * plan term that measure pages list. Entries that fail their schema are reported by checkList.
 */
function checkGlossaryScopes(sources: Sources, problems: string[]) {
  const file = sources.content.find((f) => f.path === GLOSSARY_FILE);
  if (!file || !Array.isArray(file.data)) return;
  const plan = withoutSpaces(readOfficialSource(sources.root));
  const inPlan = (form: string) => plan.includes(withoutSpaces(form));
  file.data.forEach((entry: unknown, i: number) => {
    const parsed = glossaryTermSchema.safeParse(entry);
    if (!parsed.success) return;
    const { scope, zh } = parsed.data;
    const at = `${GLOSSARY_FILE}: [${i}]`;
    if (scope === 'plan') {
      if (![zh.term, ...zh.aliases].some(inPlan)) {
        problems.push(`${at}.zh.term: “${zh.term}” occurs in the plan neither as written nor by an alias; a term the plan does not use is scope: learning, with sources`);
      }
      zh.aliases.forEach((alias, k) => {
        if (!inPlan(alias)) problems.push(`${at}.zh.aliases[${k}]: “${alias}” does not occur in the plan; list other forms only as the plan writes them`);
      });
    } else {
      const found = [zh.term, ...zh.aliases].find(inPlan);
      if (found) problems.push(`${at}.scope: “${found}” occurs in the plan, so this is a plan term: remove scope: learning`);
    }
  });
}

/**
 * The learning centre's sources: the glossary parses and has unique ids (the quiz has its own
 * check, quiz-bank.ts); glossary
 * terms are in the plan or marked as learning terms; every lesson's glossary ids exist
 * (lessons.ts checks the rest of a lesson).
 */
export function checkLearningContent(sources: Sources): string[] {
  const problems: string[] = [];
  const glossaryIds = checkList(sources, GLOSSARY_FILE, glossaryTermSchema, problems);
  checkGlossaryScopes(sources, problems);
  for (const { file, data } of validEntries<LessonEntry>(sources, 'lessons')) {
    data.glossary.forEach((id, i) => {
      if (!glossaryIds.has(id)) problems.push(`${file.path}: glossary[${i}]: no term "${id}" in ${GLOSSARY_FILE}`);
    });
  }
  return problems;
}
