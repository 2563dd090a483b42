import type { Root } from 'mdast';
import type { Sources } from '../sources/read-sources';
import { COLLECTIONS, CONTENT_LOCALES } from '../sources/collections';
import { attributeText, jsxAttributes, parseBody, walk } from '../sources/parse-body';
import { validEntries } from './entry-schemas';

/** What a translation may not change, per collection. */
const SHARED_FIELDS: Record<string, readonly string[]> = {
  qa: ['order', 'measures', 'sections'],
  cases: ['measures', 'sector', 'street', 'year', 'published', 'provenance', 'sources'],
  pilots: ['kind', 'measures', 'street', 'startYear', 'status', 'statusAsOf', 'published', 'provenance', 'sources'],
  showcases: ['event', 'year', 'start', 'end', 'eventSource', 'cases', 'pilots', 'charts', 'published', 'provenance'],
  lessons: ['band', 'grades', 'subjects', 'periods', 'periodMinutes', 'measures', 'glossary', 'handouts', 'diagrams', 'cases', 'pilots'],
  handouts: ['kind', 'audience', 'paper', 'orientation'],
};

/**
 * What of a value must be the same in both languages: a source is the same publication (date and
 * address) whatever language its title and publisher are cited in.
 */
function languageNeutral(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(languageNeutral);
  if (value && typeof value === 'object' && 'publisher' in value && 'title' in value && 'date' in value) {
    const { date, url } = value as { date: unknown; url?: unknown };
    return { date, url };
  }
  return value;
}

/** The plan body's skeleton — its components' ids, levels and category numbers, in order. */
export function planSkeleton(body: Root): string {
  const parts: string[] = [];
  for (const node of walk(body)) {
    for (const a of jsxAttributes(node)) if (['id', 'level', 'n'].includes(a.name!)) parts.push(`${a.name}=${attributeText(a)}`);
  }
  return parts.join(' ');
}
export const planSkeletonOf = (mdx: string) => planSkeleton(parseBody(mdx.replace(/^---\n[\s\S]*?\n---\n/, ''), true));

/**
 * Every page exists in both languages, and the twins agree on everything but the words: which
 * measures an entry belongs to, its dates, its provenance and the publications it cites. The two
 * plan texts share one skeleton of sections, ids and categories.
 */
export function checkLanguageTwins(sources: Sources): string[] {
  const problems: string[] = [];
  for (const [collection, layout] of Object.entries(COLLECTIONS)) {
    if (!layout.perLocale) continue;
    const inLocale = (locale: string) => new Map(sources.content.filter((f) => f.collection === collection && f.locale === locale && f.extension === layout.extension).map((f) => [f.name, f]));
    const [zh, en] = CONTENT_LOCALES.map(inLocale) as [ReturnType<typeof inLocale>, ReturnType<typeof inLocale>];
    for (const [have, other, otherLocale] of [[zh, en, 'en'], [en, zh, 'zh-cn']] as const) {
      for (const name of have.keys()) {
        if (!other.has(name)) problems.push(`src/content/${collection}/${otherLocale}/${name}${layout.extension}: file: missing language twin (every page must exist in both zh-cn and en)`);
      }
    }
    const fields = SHARED_FIELDS[collection];
    if (!fields) continue;
    const enEntries = new Map(validEntries<Record<string, unknown>>(sources, collection, 'en').map((e) => [e.file.name, e]));
    for (const z of validEntries<Record<string, unknown>>(sources, collection, 'zh-cn')) {
      const e = enEntries.get(z.file.name);
      if (!e) continue;
      for (const field of fields) {
        if (JSON.stringify(languageNeutral(z.data[field])) !== JSON.stringify(languageNeutral(e.data[field]))) problems.push(`${e.file.path}: ${field}: differs from its twin ${z.file.path}`);
      }
    }
  }
  const plans = CONTENT_LOCALES.map((l) => sources.content.find((f) => f.path === `src/content/plan/${l}.mdx`));
  plans.forEach((p, i) => {
    if (!p) problems.push(`src/content/plan/${CONTENT_LOCALES[i]}.mdx: file: missing language twin of the plan text`);
  });
  const [zhPlan, enPlan] = plans;
  if (zhPlan?.body && enPlan?.body) {
    const [zh, en] = [planSkeleton(zhPlan.body), planSkeleton(enPlan.body)];
    if (zh !== en) problems.push(`${enPlan.path}: structure: sections/ids differ from ${zhPlan.path} (expected ${zh}, got ${en})`);
  }
  return problems;
}
