import type { ContentFile, Sources } from '../sources/read-sources';
import { glossaryTermSchema } from '../schemas/glossary-term';
import type { LessonEntry } from '../schemas/lesson-entry';
import { validEntries } from './entry-schemas';

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

/** Each entry of a YAML list passes its schema (problems name `[index]` and the field) and ids are unique. */
function checkList(sources: Sources, path: string, schema: typeof glossaryTermSchema, problems: string[]): Set<string> {
  const ids = new Set<string>();
  const file = yamlListFile(sources, path, problems);
  if (!file) return ids;
  file.data.forEach((entry: unknown, i: number) => {
    const result = schema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${path}: [${i}]${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${issue.message}`);
      return;
    }
    if (ids.has(result.data.id)) problems.push(`${path}: [${i}].id: duplicate id "${result.data.id}"`);
    ids.add(result.data.id);
  });
  return ids;
}

/**
 * The learning centre's sources: the glossary parses and has unique ids (the quiz has its own
 * check, quiz-bank.ts); every
 * lesson's glossary ids exist; lesson twins agree on the activities' timings and the number of
 * worksheet questions (the schemas and the twins check cover the rest).
 */
export function checkLearningContent(sources: Sources): string[] {
  const problems: string[] = [];
  const glossaryIds = checkList(sources, GLOSSARY_FILE, glossaryTermSchema, problems);
  const chinese = new Map(validEntries<LessonEntry>(sources, 'lessons', 'zh-cn').map((e) => [e.file.name, e]));
  for (const { file, data } of validEntries<LessonEntry>(sources, 'lessons')) {
    data.glossary.forEach((id, i) => {
      if (!glossaryIds.has(id)) problems.push(`${file.path}: glossary[${i}]: no term "${id}" in ${GLOSSARY_FILE}`);
    });
    const twin = file.locale === 'en' ? chinese.get(file.name) : undefined;
    if (!twin) continue;
    const minutes = (l: LessonEntry) => l.activities.map((a) => a.minutes).join(',');
    if (minutes(twin.data) !== minutes(data)) problems.push(`${file.path}: activities: minutes (${minutes(data)}) differ from its twin ${twin.file.path} (${minutes(twin.data)})`);
    if (twin.data.worksheet.questions.length !== data.worksheet.questions.length) {
      problems.push(`${file.path}: worksheet.questions: ${data.worksheet.questions.length} questions, its twin ${twin.file.path} has ${twin.data.worksheet.questions.length}`);
    }
  }
  return problems;
}
