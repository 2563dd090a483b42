import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES } from './locales';
import { readFrontmatter } from './frontmatter';
import { describeZodIssues } from './validation-errors';
import { measureEntrySchema } from './schemas/measure-entry';
import { qaEntrySchema } from './schemas/qa-entry';
import { caseEntrySchema } from './schemas/case-entry';
import { pilotEntrySchema } from './schemas/pilot-entry';
import { showcaseEntrySchema } from './schemas/showcase-entry';
import { lessonEntrySchema } from './schemas/lesson-entry';

const CASE_SHARED_FIELDS = ['measures', 'sector', 'street', 'year', 'published', 'provenance', 'sources'] as const;
const PILOT_SHARED_FIELDS = ['kind', 'measures', 'street', 'startYear', 'status', 'statusAsOf', 'published', 'provenance', 'sources'] as const;
const LESSON_SHARED_FIELDS = ['band', 'grades', 'subjects', 'durationMinutes', 'measures', 'glossary'] as const;
const SHOWCASE_SHARED_FIELDS = ['event', 'year', 'start', 'end', 'eventSource', 'cases', 'pilots', 'charts', 'published', 'provenance'] as const;
import { EXPECTED_MEASURES } from './plan-structure-validation';

/**
 * Cross-file checks Astro's per-entry schemas cannot make: every page has its twin in the
 * other language, measure numbers are complete and match their file names, Q&A twins agree.
 * Runs before every build (src/integrations/content-integrity.ts) and in the unit tests, and
 * returns every problem as `<file>: <field>: <message>`.
 */
export function checkContent(contentDir: string, rootDir = process.cwd()): string[] {
  const rel = (p: string) => relative(rootDir, p) || p;
  const problems: string[] = [];
  problems.push(...checkTwins(join(contentDir, 'measures'), rel));
  problems.push(...checkTwins(join(contentDir, 'qa'), rel));
  problems.push(...checkTwins(join(contentDir, 'pages'), rel));
  problems.push(...checkPlanTwins(join(contentDir, 'plan'), rel));
  for (const locale of LOCALES) {
    problems.push(...checkMeasures(join(contentDir, 'measures', locale), rel));
    problems.push(...checkQa(join(contentDir, 'qa', locale), rel));
  }
  problems.push(...checkTwinsAgree(join(contentDir, 'qa'), qaEntrySchema, ['order', 'measures', 'sections'], rel));
  for (const [collection, schema, fields] of [
    ['cases', caseEntrySchema, CASE_SHARED_FIELDS],
    ['pilots', pilotEntrySchema, PILOT_SHARED_FIELDS],
    ['showcases', showcaseEntrySchema, SHOWCASE_SHARED_FIELDS],
    ['lessons', lessonEntrySchema, LESSON_SHARED_FIELDS],
  ] as const) {
    problems.push(...checkTwins(join(contentDir, collection), rel));
    for (const locale of LOCALES) problems.push(...checkEntries(join(contentDir, collection, locale), schema as Schema<unknown>, rel));
    problems.push(...checkTwinsAgree(join(contentDir, collection), schema as Schema<Record<string, unknown>>, fields, rel));
  }
  return problems;
}

function listEntries(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.(md|mdx)$/.test(f)).sort() : [];
}

/** Each `<collection>/zh-cn/x` has `<collection>/en/x` and vice versa. */
export function checkTwins(collectionDir: string, rel: (p: string) => string): string[] {
  const [zh, en] = LOCALES.map((l) => new Set(listEntries(join(collectionDir, l))));
  const problems: string[] = [];
  for (const [have, other, otherLocale] of [[zh!, en!, 'en'], [en!, zh!, 'zh-cn']] as const) {
    for (const file of have) {
      if (!other.has(file)) {
        const missing = join(collectionDir, otherLocale, file);
        problems.push(`${rel(missing)}: file: missing language twin (every page must exist in both zh-cn and en)`);
      }
    }
  }
  return problems;
}

/** The plan body's skeleton — component ids and categories — is identical in both languages. */
function checkPlanTwins(planDir: string, rel: (p: string) => string): string[] {
  const files = LOCALES.map((l) => join(planDir, `${l}.mdx`));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) return missing.map((f) => `${rel(f)}: file: missing language twin of the plan text`);
  const [zh, en] = files.map((f) => planSkeleton(readFileSync(f, 'utf8')));
  return zh === en ? [] : [`${rel(files[1]!)}: structure: sections/ids differ from ${rel(files[0]!)} (expected ${zh}, got ${en})`];
}

/** `id="…"`, `level={…}` and `n={…}` attributes in document order. */
export function planSkeleton(mdx: string): string {
  return [...mdx.matchAll(/\b(id|level|n)=(?:"([^"]*)"|\{([^}]*)\})/g)].map((m) => `${m[1]}=${m[2] ?? m[3]}`).join(' ');
}

function checkMeasures(dir: string, rel: (p: string) => string): string[] {
  const problems: string[] = [];
  const seen = new Map<number, string>();
  for (const name of listEntries(dir)) {
    const file = rel(join(dir, name));
    const expected = /^(\d{2})\.mdx$/.exec(name);
    if (!expected) {
      problems.push(`${file}: file name: measure files are named NN.mdx (01.mdx … ${EXPECTED_MEASURES}.mdx)`);
      continue;
    }
    const parsed = parseEntry(file, join(dir, name), measureEntrySchema, problems);
    if (!parsed) continue;
    if (parsed.number !== Number(expected[1])) {
      problems.push(`${file}: number: ${parsed.number} does not match the file name ${name}`);
    }
    const previous = seen.get(parsed.number);
    if (previous) problems.push(`${file}: number: duplicate measure number ${parsed.number} (also in ${previous})`);
    seen.set(parsed.number, file);
  }
  for (let n = 1; n <= EXPECTED_MEASURES; n++) {
    if (!seen.has(n)) problems.push(`${rel(join(dir, `${String(n).padStart(2, '0')}.mdx`))}: number: measure ${n} is missing`);
  }
  return problems;
}

function checkQa(dir: string, rel: (p: string) => string): string[] {
  const problems: string[] = [];
  const orders = new Map<number, string>();
  for (const name of listEntries(dir)) {
    const file = rel(join(dir, name));
    const parsed = parseEntry(file, join(dir, name), qaEntrySchema, problems);
    if (!parsed) continue;
    const previous = orders.get(parsed.order);
    if (previous) problems.push(`${file}: order: duplicate order ${parsed.order} (also in ${previous})`);
    orders.set(parsed.order, file);
  }
  return problems;
}

/**
 * What of a field must be the same in both languages: a source is the same publication (date and
 * address) whatever language its title and publisher are cited in.
 */
function languageNeutral(value: unknown): unknown {
  const sourceKeys = (v: object) => 'publisher' in v && 'title' in v && 'date' in v;
  if (Array.isArray(value)) return value.map(languageNeutral);
  if (value && typeof value === 'object' && sourceKeys(value)) {
    const { date, url } = value as { date: unknown; url?: unknown };
    return { date, url };
  }
  return value;
}

type Schema<T> = { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('astro/zod').z.ZodError } };

/**
 * Twins agree on every language-neutral field: a translation may change the words, never which
 * measures an entry belongs to, its year, its provenance or the publications it cites.
 */
function checkTwinsAgree<T>(collectionDir: string, schema: Schema<T>, fields: readonly (keyof T & string)[], rel: (p: string) => string): string[] {
  const problems: string[] = [];
  for (const name of listEntries(join(collectionDir, 'zh-cn'))) {
    const zhPath = join(collectionDir, 'zh-cn', name);
    const enPath = join(collectionDir, 'en', name);
    if (!existsSync(enPath)) continue;
    const zh = quietParse(zhPath, schema);
    const en = quietParse(enPath, schema);
    if (!zh || !en) continue;
    for (const field of fields) {
      if (JSON.stringify(languageNeutral(zh[field])) !== JSON.stringify(languageNeutral(en[field]))) {
        problems.push(`${rel(enPath)}: ${field}: differs from its twin ${rel(zhPath)}`);
      }
    }
  }
  return problems;
}

/** Every entry of a collection folder passes its schema; problems name file and field. */
function checkEntries<T>(dir: string, schema: Schema<T>, rel: (p: string) => string): string[] {
  const problems: string[] = [];
  for (const name of listEntries(dir)) parseEntry(rel(join(dir, name)), join(dir, name), schema, problems);
  return problems;
}

function quietParse<T>(path: string, schema: Schema<T>): T | undefined {
  try {
    const result = schema.safeParse(readFrontmatter(path, readFileSync(path, 'utf8')).data);
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

function parseEntry<T>(file: string, path: string, schema: Schema<T>, problems: string[]): T | undefined {
  let data: unknown;
  try {
    data = readFrontmatter(file, readFileSync(path, 'utf8')).data;
  } catch (error) {
    problems.push((error as Error).message);
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    problems.push(...describeZodIssues(file, result.error));
    return undefined;
  }
  return result.data;
}
