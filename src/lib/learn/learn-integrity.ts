import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { readFrontmatter } from '../frontmatter';
import { glossaryTermSchema } from '../schemas/glossary-term';
import { quizQuestionSchema } from '../schemas/quiz-question';
import { lessonEntrySchema, type LessonEntry } from '../schemas/lesson-entry';

export const GLOSSARY_FILE = 'src/content/glossary/terms.yaml';
export const QUIZ_FILE = 'src/content/quiz/questions.yaml';
const LESSONS = 'src/content/lessons';

/** A YAML list file: parsed, or a problem naming the file and line. */
function readYamlList(root: string, file: string, problems: string[]): unknown[] {
  if (!existsSync(join(root, file))) {
    problems.push(`${file}: file: missing`);
    return [];
  }
  try {
    const data = parseYaml(readFileSync(join(root, file), 'utf8'));
    if (Array.isArray(data)) return data;
    problems.push(`${file}: file: must be a YAML list of entries`);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = error.linePos?.[0]?.line;
    problems.push(`${file}: ${line ? `line ${line}` : 'file'}: malformed YAML: ${error.message.split('\n')[0]}`);
  }
  return [];
}

/** Each list entry passes its schema (problems name `[index]` and the field) and ids are unique. */
function checkList(root: string, file: string, schema: typeof glossaryTermSchema | typeof quizQuestionSchema, problems: string[]): string[] {
  const ids: string[] = [];
  readYamlList(root, file, problems).forEach((entry, i) => {
    const result = schema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
        problems.push(`${file}: [${i}]${path}: ${issue.message}`);
      }
      return;
    }
    if (ids.includes(result.data.id)) problems.push(`${file}: [${i}].id: duplicate id "${result.data.id}"`);
    ids.push(result.data.id);
  });
  return ids;
}

/**
 * The learning centre's sources: the glossary and the quiz parse and have unique ids; every
 * lesson's glossary ids exist; lesson twins agree on the activities' timings and the number of
 * worksheet questions (the schema and content-integrity check the rest).
 */
export function checkLearningContent(root: string): string[] {
  const problems: string[] = [];
  const glossaryIds = new Set(checkList(root, GLOSSARY_FILE, glossaryTermSchema, problems));
  checkList(root, QUIZ_FILE, quizQuestionSchema, problems);

  const lessons = new Map<string, LessonEntry>();
  for (const locale of ['zh-cn', 'en']) {
    const dir = join(root, LESSONS, locale);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
      const file = `${LESSONS}/${locale}/${name}`;
      let lesson: LessonEntry;
      try {
        const result = lessonEntrySchema.safeParse(readFrontmatter(file, readFileSync(join(root, file), 'utf8')).data);
        if (!result.success) continue; // reported by checkContent
        lesson = result.data;
      } catch {
        continue;
      }
      lesson.glossary.forEach((id, i) => {
        if (!glossaryIds.has(id)) problems.push(`${file}: glossary[${i}]: no term "${id}" in ${GLOSSARY_FILE}`);
      });
      const twin = lessons.get(name);
      if (twin) {
        const minutes = (l: LessonEntry) => l.activities.map((a) => a.minutes).join(',');
        if (minutes(twin) !== minutes(lesson)) problems.push(`${file}: activities: minutes (${minutes(lesson)}) differ from its twin ${LESSONS}/zh-cn/${name} (${minutes(twin)})`);
        if (twin.worksheet.questions.length !== lesson.worksheet.questions.length) {
          problems.push(`${file}: worksheet.questions: ${lesson.worksheet.questions.length} questions, its twin ${LESSONS}/zh-cn/${name} has ${twin.worksheet.questions.length}`);
        }
      }
      lessons.set(name, lesson);
    }
  }
  return problems;
}
