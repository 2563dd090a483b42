import type { Sources } from '../sources/read-sources';
import { quizQuestionSchema, measureOfAnchor, type QuizQuestion } from '../schemas/quiz-question';
import { GRADE_BANDS } from '../schemas/lesson-entry';
import { yamlListItemLines } from '../sources/yaml-lines';
import { wordingSkeleton } from '../learn/wording-variants';
import { formatPath } from './validation-errors';
import { QUIZ_FILE, yamlListFile } from './learning-content';
import { OFFICIAL_SOURCE_PATH, readOfficialSource } from './published/official-source';

/** Each grade band's bank holds at least this many items (a class quiz, and A/B versions worth shuffling). */
export const MIN_ITEMS_PER_BAND = 12;

const withoutSpaces = (s: string) => s.replace(/\s+/g, '');
const oneSpace = (s: string) => s.replace(/\s+/g, ' ');

/** The plan text an anchor points at in the site's pages: a measure's title and text, or a section of the plan page. */
function anchorText(sources: Sources, anchor: string, locale: 'zh-cn' | 'en'): string | undefined {
  const measure = measureOfAnchor(anchor);
  if (measure) {
    const file = sources.content.find((f) => f.collection === 'measures' && f.locale === locale && (f.data as { number?: number } | null)?.number === measure);
    const d = file?.data as { title?: string; text?: string } | undefined;
    return d ? `${d.title ?? ''}\n${d.text ?? ''}` : undefined;
  }
  const plan = sources.content.find((f) => f.path === `src/content/plan/${locale}.mdx`)?.text;
  const start = plan?.indexOf(`id="${anchor}"`) ?? -1;
  if (!plan || start < 0) return undefined;
  return plan.slice(start, plan.indexOf('</PlanSection>', start));
}

/** The English option occurs in the translation as written, allowing a capital at its start (a sentence may begin with it). */
const inEnglish = (text: string, option: string) => {
  const o = oneSpace(option);
  return [o, o[0]!.toLowerCase() + o.slice(1), o[0]!.toUpperCase() + o.slice(1)].some((v) => text.includes(v));
};

/**
 * A wording item: the correct option is the plan's exact words (the Chinese in the official text,
 * the English in the site's translation of the anchored measure or section), no other option is,
 * and the options differ only in a variant word.
 */
function checkWording(official: string, sources: Sources, q: QuizQuestion, at: string, problems: string[]) {
  const en = anchorText(sources, q.planAnchor, 'en');
  const correctZh = q.zh.options[q.answer]!;
  if (!official.includes(withoutSpaces(correctZh))) problems.push(`${at}: zh.options[${q.answer}]: “${correctZh}” does not occur in the plan's official text (${OFFICIAL_SOURCE_PATH}); the correct wording must quote the plan exactly`);
  if (en === undefined) return; // the anchor's own checks report a missing measure
  if (!inEnglish(oneSpace(en), q.en.options[q.answer]!)) problems.push(`${at}: en.options[${q.answer}]: “${q.en.options[q.answer]}” does not occur in the site's English translation of ${q.planAnchor}; quote it exactly`);
  // A distractor may be part of the correct wording (the same sentence without its qualifier), but not occur anywhere else.
  const zhElsewhere = official.split(withoutSpaces(correctZh)).join('|');
  q.zh.options.forEach((option, i) => {
    if (i === q.answer) return;
    if (zhElsewhere.includes(withoutSpaces(option))) problems.push(`${at}: zh.options[${i}]: “${option}” also occurs in the plan, so two options would be right`);
    if (wordingSkeleton(option) !== wordingSkeleton(correctZh)) problems.push(`${at}: zh.options[${i}]: “${option}” differs from the plan's wording in more than the commitment or scope word (src/lib/learn/wording-variants.ts)`);
  });
}

/**
 * The quiz banks (`src/content/quiz/questions.yaml`): every item passes its schema, ids are
 * unique, wording items quote the plan (see checkWording), and each grade band holds at least
 * MIN_ITEMS_PER_BAND items. Each problem names the item's line as the author sees it.
 */
export function checkQuizBank(sources: Sources): string[] {
  const problems: string[] = [];
  const file = yamlListFile(sources, QUIZ_FILE, problems);
  if (!file) return problems;
  const lines = yamlListItemLines(file.text);
  let official: string | undefined; // read once, only when there is a wording item
  const officialText = () => (official ??= withoutSpaces(readOfficialSource(sources.root)));
  const ids = new Set<string>();
  const perBand = new Map<string, number>();
  file.data.forEach((entry: unknown, i: number) => {
    const at = `${QUIZ_FILE}: line ${lines[i] ?? '?'}: [${i}]`;
    const result = quizQuestionSchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${at}.${formatPath(issue.path)}: ${issue.message}`);
      return;
    }
    const q = result.data;
    if (ids.has(q.id)) problems.push(`${at}.id: duplicate id "${q.id}"`);
    ids.add(q.id);
    perBand.set(q.band, (perBand.get(q.band) ?? 0) + 1);
    if (q.kind === 'wording') checkWording(officialText(), sources, q, at, problems);
  });
  for (const band of GRADE_BANDS) {
    const count = perBand.get(band) ?? 0;
    if (count < MIN_ITEMS_PER_BAND) problems.push(`${QUIZ_FILE}: band: the ${band} bank has ${count} items; each band needs at least ${MIN_ITEMS_PER_BAND}`);
  }
  return problems;
}
