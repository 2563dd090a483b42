import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { yamlListIds } from '../sources/yaml-list-ids';
import type { Locale } from '../i18n/locales';
import { byEventNewestFirst } from '../press/showcase-calendar';

// Collection look-ups by locale. Entry ids are "<locale>/<name>" (see content.config.ts).

export async function measureEntries(locale: Locale): Promise<CollectionEntry<'measures'>[]> {
  const all = await getCollection('measures', (e) => e.id.startsWith(`${locale}/`));
  return all.sort((a, b) => a.data.number - b.data.number);
}

export async function measureEntry(locale: Locale, number: number): Promise<CollectionEntry<'measures'>> {
  const entry = await getEntry('measures', `${locale}/${String(number).padStart(2, '0')}`);
  if (!entry) throw new Error(`Missing measure ${number} in ${locale}`);
  return entry;
}

export async function qaEntries(locale: Locale): Promise<CollectionEntry<'qa'>[]> {
  const all = await getCollection('qa', (e) => e.id.startsWith(`${locale}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
}

export async function planEntry(locale: Locale): Promise<CollectionEntry<'plan'>> {
  const entry = await getEntry('plan', locale);
  if (!entry) throw new Error(`Missing plan text for ${locale}`);
  return entry;
}

export async function pageEntry(locale: Locale, slug: string): Promise<CollectionEntry<'pages'>> {
  const entry = await getEntry('pages', `${locale}/${slug}`);
  if (!entry) throw new Error(`Missing page ${slug} in ${locale}`);
  return entry;
}

/** Entry slug without its locale folder: "zh-cn/school-rooftop-solar" → "school-rooftop-solar". */
export const slugOf = (entry: { id: string }) => entry.id.slice(entry.id.indexOf('/') + 1);

/** Newest first by publication date, then by title: the order of lists, feeds and "latest". */
const newestFirst = (a: { data: { published: string; title: string } }, b: { data: { published: string; title: string } }) =>
  b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title);

/** Cases in one language, newest first. */
export async function caseEntries(locale: Locale): Promise<CollectionEntry<'cases'>[]> {
  const all = await getCollection('cases', (e) => e.id.startsWith(`${locale}/`));
  return all.sort(newestFirst);
}

/** Pilots in one language, newest first. */
export async function pilotEntries(locale: Locale): Promise<CollectionEntry<'pilots'>[]> {
  const all = await getCollection('pilots', (e) => e.id.startsWith(`${locale}/`));
  return all.sort(newestFirst);
}

/** Energy Conservation Week / Low-Carbon Day showcases in one language, newest event first. */
export async function showcaseEntries(locale: Locale): Promise<CollectionEntry<'showcases'>[]> {
  const all = await getCollection('showcases', (e) => e.id.startsWith(`${locale}/`));
  return all.sort(byEventNewestFirst);
}

const BAND_ORDER = ['primary', 'junior', 'senior'];

/** Lessons in one language: primary, junior, then senior; by title within a band. */
export async function lessonEntries(locale: Locale): Promise<CollectionEntry<'lessons'>[]> {
  const all = await getCollection('lessons', (e) => e.id.startsWith(`${locale}/`));
  return all.sort((a, b) => BAND_ORDER.indexOf(a.data.band) - BAND_ORDER.indexOf(b.data.band) || a.data.title.localeCompare(b.data.title, locale));
}

/**
 * Entries of a one-file collection in the order its file lists them (the store returns them by
 * id): the glossary is grouped by theme and the quiz is ordered on purpose.
 */
function inFileOrder<T extends { id: string }>(entries: T[], file: string): T[] {
  const order = yamlListIds(readFileSync(file, 'utf8'));
  return [...entries].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** Glossary terms in the order of src/content/glossary/terms.yaml. */
export async function glossaryTerms(): Promise<CollectionEntry<'glossary'>['data'][]> {
  return inFileOrder(await getCollection('glossary'), 'src/content/glossary/terms.yaml').map((e) => e.data);
}

/** Quiz questions in the order of src/content/quiz/questions.yaml. */
export async function quizQuestions(): Promise<CollectionEntry<'quiz'>['data'][]> {
  return inFileOrder(await getCollection('quiz'), 'src/content/quiz/questions.yaml').map((e) => e.data);
}

/** The national curriculum documents, in the order of src/content/curriculum/standards.yaml. */
export async function curriculumStandards(): Promise<CollectionEntry<'curriculum'>['data'][]> {
  return inFileOrder(await getCollection('curriculum'), 'src/content/curriculum/standards.yaml').map((e) => e.data);
}

/** Printable handouts in one language (/learn/materials/), by title. */
export async function handoutEntries(locale: Locale): Promise<CollectionEntry<'handouts'>[]> {
  const all = await getCollection('handouts', (e) => e.id.startsWith(`${locale}/`));
  return all.sort((a, b) => a.data.title.localeCompare(b.data.title, locale));
}
