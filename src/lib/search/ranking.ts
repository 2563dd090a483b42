/**
 * How the search orders what Pagefind finds: by relevance, weighted by the authority of the
 * page. The plan's own words (its measures, the full text, the Q&A that explains it, the glossary)
 * come before stories about it; among stories, facts from official publications come before
 * facts from news reports. Pure functions, shared by the search page and its tests.
 */

/** The page kinds of BaseLayout's `searchType`, plus the provenance of cases and pilots. */
export interface RankedPage {
  /** Pagefind's relevance score (times any answerBoost). */
  score: number;
  meta: { kind?: string; provenance?: string };
}

/**
 * Multipliers on Pagefind's score. Large enough that a measure mentioning a word once outranks
 * a story that is about it in passing, small enough that a story about exactly the query (a
 * place, a project's name) still comes first: relevance decides within a factor of ~2.
 */
export const AUTHORITY: Readonly<Record<string, number>> = {
  measure: 2.2,
  qa: 1.8,
  plan: 1.4,
  term: 1.4,
  department: 1.1,
  page: 1,
  lesson: 0.8,
  case: 0.7,
  pilot: 0.7,
  /** An event's showcase for the press: a compilation of stories, ranked like them. */
  showcase: 0.7,
};
/** Within stories: official publications above news reports. */
export const PROVENANCE: Readonly<Record<string, number>> = { official: 1, reported: 0.85 };

export function authority(page: RankedPage['meta']): number {
  return (AUTHORITY[page.kind ?? 'page'] ?? 1) * (PROVENANCE[page.provenance ?? 'official'] ?? 1);
}

/** Results in the order shown: Pagefind's score times the page's authority (stable for ties). */
export function rankByAuthority<T extends RankedPage>(results: readonly T[]): T[] {
  return results
    .map((r, i) => ({ r, i, value: r.score * authority(r.meta) }))
    .sort((a, b) => b.value - a.value || a.i - b.i)
    .map((x) => x.r);
}

/** Pages whose answer is one section among many: a result opens at the matching section. */
export const OPENS_AT_SECTION = new Set(['qa', 'term', 'plan', 'lesson']);

export interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  anchor?: unknown;
  weighted_locations?: { balanced_score: number }[];
}

/**
 * The page's sections that match, best first (sections with an anchor only): for a question,
 * a section whose heading matches it leads; otherwise the section with the strongest matches.
 */
export function matchingSections(subResults: readonly SubResult[] | undefined, query = '', searchedTerms: readonly string[] = []): SubResult[] {
  const asked = isQuestion(query);
  const named = (s: SubResult) => (searchedTerms.some((t) => headingNames(s.title, t)) ? 1 : 0);
  const headingMatch = (s: SubResult) => (asked && headingOverlap(query, s.title) >= 0.5 ? headingOverlap(query, s.title) : 0);
  return (subResults ?? [])
    .filter((s) => s.anchor)
    .map((s, i) => ({ s, i, n: named(s), h: headingMatch(s), v: sectionScore(s) }))
    .sort((a, b) => b.n - a.n || b.h - a.h || b.v - a.v || a.i - b.i)
    .map((x) => x.s);
}

const sectionScore = (s: SubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/** A heading that is the term itself (a glossary entry's title): "碳中和", "carbon neutrality". */
function headingNames(heading: string, term: string): boolean {
  const h = heading.trim().toLowerCase();
  const t = term.trim().toLowerCase();
  return h === t || h.startsWith(`${t} (`);
}

/**
 * One page found by several searches (the query and the plan words for it): every section any
 * of them matched, each once with its strongest matches.
 */
export function mergeSubResults(lists: readonly (readonly SubResult[] | undefined)[]): SubResult[] {
  const byUrl = new Map<string, SubResult>();
  for (const list of lists) {
    for (const s of list ?? []) {
      const seen = byUrl.get(s.url);
      if (!seen || sectionScore(s) > sectionScore(seen)) byUrl.set(s.url, s);
    }
  }
  return [...byUrl.values()];
}

/** Words that carry no topic in a question ("what is", "谁", "吗"): ignored when a query is compared with a heading. */
const CHINESE_FUNCTION_CHARACTERS = /[的了吗呢是什么哪个些谁怎样我你他她它们家能会要有在和与或及对于这那就都也还可以吧啊？?，,。！!、\s]/gu;
const ENGLISH_STOPWORDS = new Set('a an the is are was be of for to in on at by and or what who whom which how why when where do does did i my me we our can could should will would it its this that there about with from any'.split(' '));

/**
 * The share of the query's topic words that appear in a heading, 0–1. Chinese is compared by
 * characters (the query is not segmented), English by words, a shared five-letter stem counting
 * (heat/heating does not; responsible/responsibility does).
 */
export function headingOverlap(query: string, heading: string): number {
  const q = query.toLowerCase();
  const h = heading.toLowerCase();
  if (/\p{Script=Han}/u.test(q)) {
    const chars = [...new Set(q.replace(CHINESE_FUNCTION_CHARACTERS, ''))];
    return chars.length ? chars.filter((c) => h.includes(c)).length / chars.length : 0;
  }
  const words = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !ENGLISH_STOPWORDS.has(w));
  const topic = [...new Set(words(q))];
  const headingWords = words(h);
  const same = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
  return topic.length ? topic.filter((w) => headingWords.some((hw) => same(w, hw))).length / topic.length : 0;
}

/** A query asked as a question: 什么是…, …吗, 谁…, "what is …", "who …", "…?". */
export function isQuestion(query: string): boolean {
  const q = query.trim().toLowerCase();
  return /[?？]$/.test(q) || /什么|吗|谁|哪|怎么|如何|为什么|能不能|是否|多少/.test(q) || /^(what|who|whom|which|how|why|when|where|can|could|do|does|is|are|will|should)\b/.test(q);
}

/**
 * A question whose wording matches a Q&A question or a glossary term is answered by that
 * section: the page's score is raised by up to 3× (from half of the query's topic words in the
 * heading). A plain word (充电桩, "solar panels") is not a question: the plan's measures lead.
 */
export function answerBoost(kind: string | undefined, query: string, headings: readonly string[]): number {
  if ((kind !== 'qa' && kind !== 'term') || !isQuestion(query)) return 1;
  const overlap = Math.max(0, ...headings.map((h) => headingOverlap(query, h)));
  return overlap >= 0.5 ? 1 + 2 * overlap : 1;
}

/**
 * A glossary entry whose term is exactly what was searched (净零排放 → 碳中和) is its definition:
 * raised above a measure that only mentions the term (2 × 1.4 against 2.2); a measure about the term still leads through its title.
 */
export function definitionBoost(kind: string | undefined, searched: readonly string[], headings: readonly string[]): number {
  if (kind !== 'term') return 1;
  return searched.some((s) => headings.some((h) => headingNames(h, s))) ? 2 : 1;
}
