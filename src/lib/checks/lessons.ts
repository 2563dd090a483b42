import type { Sources } from '../sources/read-sources';
import type { LessonEntry } from '../schemas/lesson-entry';
import type { CurriculumStandard } from '../schemas/curriculum-standard';
import { curriculumStandardSchema } from '../schemas/curriculum-standard';
import { validEntries } from './entry-schemas';
import { checkList } from './learning-content';

export const CURRICULUM_FILE = 'src/content/curriculum/standards.yaml';

/** The school years of each grade band: 小学 1–6, 初中 7–9, 高中 10–12. */
const BAND_YEARS = { primary: [1, 6], junior: [7, 9], senior: [10, 12] } as const;

/**
 * Homework minutes one worksheet may ask for. The 2021 opinion on reducing homework (双减:
 * 《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》) sets no written homework in
 * grades 1–2 and average daily totals of 60 minutes (grades 3–6) and 90 minutes (junior) across
 * all subjects; one lesson's share is kept to a quarter of that. Senior high has no such limit;
 * the portal keeps its worksheets to 30 minutes.
 */
export function homeworkLimit(firstYear: number): number {
  if (firstYear <= 2) return 0;
  if (firstYear <= 6) return 15;
  if (firstYear <= 9) return 20;
  return 30;
}

/** The valid documents of the curriculum registry by id; problems name the entry. */
export const curriculumStandards = (sources: Sources, problems: string[] = []): Map<string, CurriculumStandard> =>
  checkList(sources, CURRICULUM_FILE, curriculumStandardSchema, problems);

const names = (sources: Sources, collection: string, locale: string | null) =>
  new Set(sources.content.filter((f) => f.collection === collection && f.locale === locale).map((f) => f.name));

/** One lesson against the registry, its band, its class periods and the files it names. */
function checkLesson(path: string, locale: string | null, l: LessonEntry, standards: Map<string, CurriculumStandard>, sources: Sources): string[] {
  const problems: string[] = [];
  const [from, to = from] = l.grades.split('–').map(Number);
  const [low, high] = BAND_YEARS[l.band];
  if (from < low || to > high || from > to) problems.push(`${path}: grades: "${l.grades}" is outside the ${l.band} band (years ${low}–${high})`);

  const linked: CurriculumStandard[] = [];
  l.curriculum.forEach((link, i) => {
    const standard = standards.get(link.standard);
    if (!standard) return problems.push(`${path}: curriculum[${i}].standard: no document "${link.standard}" in ${CURRICULUM_FILE}`);
    linked.push(standard);
    if (!standard.bands.includes(l.band)) problems.push(`${path}: curriculum[${i}].standard: "${link.standard}" does not cover the ${l.band} band`);
    if (!(l.subjects as string[]).includes(standard.subject)) problems.push(`${path}: curriculum[${i}].standard: "${link.standard}" is for ${standard.subject}, which is not in subjects`);
  });
  if (!l.curriculum.some((link) => link.textbook)) problems.push(`${path}: curriculum: no link names a textbook chapter; name at least one (edition, book, chapter)`);
  const competencies = new Set(linked.flatMap((s) => s.competencies.map((c) => c.id)));
  l.objectives.forEach((o, i) => {
    if (linked.length > 0 && !competencies.has(o.competency)) {
      problems.push(`${path}: objectives[${i}].competency: "${o.competency}" is not a competency of ${linked.map((s) => s.id).join(', ')} (one of: ${[...competencies].join(', ')})`);
    }
  });

  for (let period = 1; period <= l.periods; period++) {
    const minutes = l.activities.filter((a) => a.period === period).reduce((sum, a) => sum + a.minutes, 0);
    if (minutes !== l.periodMinutes) problems.push(`${path}: activities: period ${period} adds up to ${minutes} minutes, not ${l.periodMinutes}`);
  }
  l.activities.forEach((a, i) => {
    if (a.period > l.periods) problems.push(`${path}: activities[${i}].period: ${a.period}, but the lesson has ${l.periods} period(s)`);
  });

  for (const key of ['worksheet', 'advancedWorksheet'] as const) {
    const w = l[key];
    if (w.use === 'in-class') {
      const longest = Math.max(...l.activities.map((a) => a.minutes));
      if (w.minutes > longest) problems.push(`${path}: ${key}.minutes: ${w.minutes} minutes in class, longer than any activity (${longest}); give it an activity of its own`);
    } else if (w.minutes > homeworkLimit(from)) {
      problems.push(
        from <= 2
          ? `${path}: ${key}.use: grades 1–2 get no written homework (双减); make it "in-class"`
          : `${path}: ${key}.minutes: ${w.minutes} minutes of homework, more than ${homeworkLimit(from)} for grade ${from} (双减 limits; see checks/lessons.ts)`,
      );
    }
  }

  const handouts = names(sources, 'handouts', locale);
  l.handouts.forEach((id, i) => {
    if (!handouts.has(id)) problems.push(`${path}: handouts[${i}]: no handout "${id}" in src/content/handouts/${locale}/`);
  });
  for (const collection of ['cases', 'pilots'] as const) {
    const published = names(sources, collection, locale);
    l[collection].forEach((id, i) => {
      if (!published.has(id)) problems.push(`${path}: ${collection}[${i}]: no entry "${id}" in src/content/${collection}/${locale}/`);
    });
  }
  return problems;
}

/** What a lesson's translation may not change besides the shared fields: the timings, links and worksheets' shape. */
function lessonSkeleton(l: LessonEntry): Record<string, string> {
  return {
    'activities (period:minutes)': l.activities.map((a) => `${a.period}:${a.minutes}`).join(','),
    'curriculum (standards)': l.curriculum.map((c) => c.standard).join(','),
    'objectives (competencies)': l.objectives.map((o) => o.competency).join(','),
    'worksheet (use, minutes, questions)': `${l.worksheet.use},${l.worksheet.minutes},${l.worksheet.questions.length}`,
    'advancedWorksheet (use, minutes, questions)': `${l.advancedWorksheet.use},${l.advancedWorksheet.minutes},${l.advancedWorksheet.questions.length}`,
  };
}

/**
 * Every lesson is a complete 教学设计: its curriculum links name documents of the registry that
 * cover its band and subjects, its objectives name competencies those documents define, each
 * period's activities fill the period exactly, its worksheets respect the 双减 homework limits,
 * the handouts, cases and pilots it names exist, and its English twin keeps its structure.
 */
export function checkLessons(sources: Sources): string[] {
  const problems: string[] = [];
  const standards = curriculumStandards(sources, problems);
  const chinese = new Map(validEntries<LessonEntry>(sources, 'lessons', 'zh-cn').map((e) => [e.file.name, e]));
  for (const { file, data } of validEntries<LessonEntry>(sources, 'lessons')) {
    problems.push(...checkLesson(file.path, file.locale, data, standards, sources));
    const twin = file.locale === 'en' ? chinese.get(file.name) : undefined;
    if (!twin) continue;
    const mine = lessonSkeleton(data);
    const theirs = lessonSkeleton(twin.data);
    for (const [what, value] of Object.entries(mine)) {
      if (value !== theirs[what]) problems.push(`${file.path}: ${what}: ${value} differ from its twin ${twin.file.path} (${theirs[what]})`);
    }
  }
  return problems;
}
