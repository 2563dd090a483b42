/**
 * The search page: runs the query from ?q= (set by the header's plain GET form) and as the
 * reader types, against the Pagefind index of the page's own language, with filters for
 * content type, category and responsible body read from the index itself.
 *
 * What it adds to Pagefind (src/lib/search/): results ordered by relevance times the page's
 * authority (the plan's words before stories); a Q&A, glossary, plan or lesson result opens at
 * the matching section; a query with an everyday word is also searched as the plan's word for
 * it, and a result found that way says which plan word it matched; traditional characters are
 * folded to simplified; and when nothing fits, a close glossary term is searched instead and
 * others are suggested.
 */
import { fillTemplate, pluralForm } from '../lib/i18n/fill-template';
import { rankByAuthority, matchingSections, mergeSubResults, answerBoost, definitionBoost, isQuestion, OPENS_AT_SECTION, type SubResult } from '../lib/search/ranking';
import { expandQuery, type VocabularyEntry } from '../lib/search/expand-query';
import { toSimplified } from '../lib/search/traditional-chinese';
import { closestSuggestions, type Suggestion } from '../lib/search/suggestions';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string; kind?: string; provenance?: string };
  sub_results?: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindApi {
  options(o: { baseUrl: string; ranking?: { metaWeights?: Record<string, number> } }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o: { filters: Record<string, string | { any: string[] }> }): Promise<{ results: PagefindResult[] } | null>;
}
/** A result as shown: its data, its (merged) score, and the plan words it was found through. */
type Shown = PagefindResultData & { score: number; planWords: string[]; asked: string };

const FILTER_KEYS = [
  ['type', 'search.filterType'],
  ['category', 'search.filterCategory'],
  ['department', 'search.filterDepartment'],
] as const;
/**
 * Results loaded and shown at a time ("show more" loads the next batch), each batch re-ordered
 * by authority: every result costs a fragment fetch and its excerpts, the slow part of a query,
 * and a page outside Pagefind's first dozen rarely belongs on the first screen.
 */
const BATCH = 12;
/** Fewer results than this and the page also offers glossary terms and the measures list. */
const WEAK_RESULTS = 3;
/** How many of the best pages for the reader's own words are always in the first batch (half of it). */
const OWN_WORDS_FIRST = BATCH / 2;
/** How close a query must be to a glossary word for the search to try that word instead. */
const RETRY_CLOSENESS = 0.75;
/**
 * Pagefind's boost for a match in a metadata field: the page title (Pagefind's default, 5), the
 * everyday words of the plan terms on the page (src/lib/search/page-vocabulary.ts), and none for
 * the fields that only carry data for this script.
 */
const META_WEIGHTS = { title: 5, aliases: 3, kind: 0, provenance: 0, type: 0 };

export async function enhanceSiteSearch(root: HTMLElement): Promise<void> {
  const base = root.dataset.base ?? '/';
  const language = document.documentElement.lang;
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Record<string, string>;
  const suggestions = JSON.parse(root.dataset.suggestions ?? '[]') as Suggestion[];
  const vocabulary = JSON.parse(root.dataset.vocabulary ?? '[]') as VocabularyEntry[];
  const form = root.querySelector<HTMLFormElement>('[data-site-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterBox = root.querySelector<HTMLFieldSetElement>('[data-site-search-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-site-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-site-search-results]')!;
  const help = root.querySelector<HTMLElement>('[data-site-search-help]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-site-search-more]')!;

  root.querySelector<HTMLElement>('[data-site-search-needs-js]')!.hidden = true;
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  let pagefind: PagefindApi;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await pagefind.options({ baseUrl: base, ranking: { metaWeights: META_WEIGHTS } });
    await pagefind.init();
    buildFilters(filterBox, await pagefind.filters(), messages);
    root.dataset.ready = ''; // Pagefind and its WebAssembly are loaded: the next query is the first "cold" one
  } catch {
    status.textContent = messages['search.error'] ?? '';
    return;
  }

  /** One Pagefind search with the reader's filters (and any more); Chinese folded to simplified characters. */
  const searchFor = async (query: string, moreFilters: Record<string, { any: string[] }> = {}): Promise<PagefindResult[] | null> => {
    const search = await pagefind.search(language.startsWith('zh') ? toSimplified(query) : query, { filters: { ...selectedFilters(filterBox), ...moreFilters } });
    return search ? search.results : null;
  };

  /**
   * The query and the plan's words for any everyday word in it, searched together: each page
   * keeps its best score, from whichever search found it best, and the plan words it was found by.
   */
  const searchWithPlanWords = async (query: string) => {
    const expansions = expandQuery(query, vocabulary);
    const searches = await Promise.all([query, ...expansions.map((e) => e.term)].map((q) => searchFor(q)));
    if (searches.some((s) => s === null)) return null;
    const pages = new Map<string, { result: PagefindResult; also: PagefindResult[]; score: number; planWords: string[] }>();
    searches.forEach((results, i) => {
      for (const result of results!) {
        const page = pages.get(result.id);
        // Only a plan word reached through an everyday word is named ("也匹配"); one the query spells out is not news.
        const expansion = i > 0 ? expansions[i - 1]! : null;
        const via = expansion?.alias ? [expansion.term] : [];
        if (!page) pages.set(result.id, { result, also: [], score: result.score, planWords: via });
        else {
          page.planWords.push(...via);
          if (result.score > page.score) Object.assign(page, { result, also: [...page.also, page.result], score: result.score });
          else page.also.push(result);
        }
      }
    });
    // The best pages for the reader's own words are marked: they always join the first batch,
    // where authority orders them (see joinFirstBatch).
    const own = new Set(searches[0]!.slice(0, OWN_WORDS_FIRST).map((r) => r.id));
    return [...pages.values()].map((p) => ({ ...p, own: own.has(p.result.id) })).sort((a, b) => b.score - a.score);
  };
  /**
   * The first batch is the best pages by score plus the pages that `belongs` says must be seen
   * first (authority orders the batch); returns the reordered pages and the first batch's size.
   */
  const joinFirstBatch = <T,>(found: T[], belongs: (page: T) => boolean): [T[], number] => {
    const extra = found.slice(BATCH).filter(belongs);
    return [[...found.slice(0, BATCH), ...extra, ...found.slice(BATCH).filter((p) => !belongs(p))], BATCH + extra.length];
  };

  type Found = NonNullable<Awaited<ReturnType<typeof searchWithPlanWords>>>;
  const answerTypes = [messages['type.qa'], messages['type.term']].filter((label): label is string => Boolean(label));
  /** The Q&A and glossary pages a question finds: they join the first batch. */
  const answerPages = async (question: string): Promise<Set<string>> =>
    new Set(((await searchFor(question, { type: { any: answerTypes } })) ?? []).map((r) => r.id));
  /** Loads results [from, from + size) of a search and orders them by authority. */
  const loadBatch = async (found: Found, from: number, asked: string, size = BATCH): Promise<Shown[]> => {
    const loaded = await Promise.all(found.slice(from, from + size).map(async ({ result, also, score, planWords }) => {
      const data = await result.data();
      // The sections matched by the query and by the plan words for it (Pagefind caches the page's data).
      if (also.length) data.sub_results = mergeSubResults([data.sub_results, ...(await Promise.all(also.map(async (r) => (await r.data()).sub_results)))]);
      const headings = matchingSections(data.sub_results).map((s) => s.title);
      const boost = Math.max(answerBoost(data.meta.kind, asked, headings), definitionBoost(data.meta.kind, [asked, ...planWords], headings));
      return { ...data, score: score * boost, planWords, asked };
    }));
    return rankByAuthority(loaded);
  };
  /** What "show more" continues: the current search and how many of its results are shown. */
  let shownSoFar: { found: Found; asked: string; count: number; generation: number } | null = null;
  more.addEventListener('click', async () => {
    const state = shownSoFar;
    if (!state || state.generation !== generation) return;
    more.disabled = true;
    const batch = await loadBatch(state.found, state.count, state.asked);
    if (state.generation !== generation) return;
    const items = batch.map((r) => renderResult(r, messages));
    list.append(...items);
    state.count += batch.length;
    more.disabled = false;
    more.hidden = state.count >= state.found.length;
    items[0]?.querySelector('a')?.focus(); // keyboard and screen-reader users continue where the new results start
  });

  let generation = 0;
  const run = async () => {
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    const current = ++generation;
    list.replaceChildren();
    delete list.dataset.query;
    help.hidden = true;
    more.hidden = true;
    if (!query) {
      status.textContent = messages['search.prompt'] ?? '';
      return;
    }
    status.textContent = messages['search.loading'] ?? '';
    try {
      let found = await searchWithPlanWords(query);
      if (current !== generation || !found) return; // a newer query has started
      // A typo or a near miss (nothing or almost nothing found): search the closest glossary word instead, and say so.
      let instead: string | null = null;
      if (found.length < WEAK_RESULTS) {
        const closest = closestSuggestions(query, suggestions, 1, RETRY_CLOSENESS)[0];
        if (closest && closest.closeness < 1) {
          const retried = await searchWithPlanWords(closest.word);
          if (current !== generation || !retried) return;
          if (retried.length > found.length) [found, instead] = [retried, closest.word];
        }
      }
      const asked = instead ?? query;
      // A question's answer may be a Q&A or glossary section on a long page that Pagefind ranks
      // low (long pages score low): for a question, those pages join the first batch.
      const answers = isQuestion(asked) ? await answerPages(asked) : new Set<string>();
      // Pages found only through a plan word (often many, with high scores, such as the Energy
      // Conservation Week pages for "energy conservation") must not push out the best pages for
      // the reader's own words, nor a question's Q&A and glossary answers.
      const [results, firstBatch] = joinFirstBatch(found, (p) => p.own || answers.has(p.result.id));
      if (current !== generation) return;
      const shown = await loadBatch(results, 0, asked, firstBatch);
      if (current !== generation) return;
      list.replaceChildren(...shown.map((r) => renderResult(r, messages)));
      list.dataset.query = query; // which query the list shows (the bench times the last keystroke to this)
      shownSoFar = { found: results, asked, count: shown.length, generation: current };
      more.hidden = shown.length >= results.length;
      const count = fillTemplate(pluralForm(language, { one: messages['search.resultsCountOne'], other: messages['search.resultsCount'] ?? '' }, results.length), { count: results.length });
      status.textContent = instead
        ? `${fillTemplate(messages['search.showingInstead'] ?? '', { query, suggestion: instead })} ${count}`
        : shown.length ? count : fillTemplate(messages['search.noResults'] ?? '', { query });
      if (shown.length < WEAK_RESULTS || instead) showHelp(help, closestSuggestions(query, suggestions, 6).map((s) => s.suggestion));
    } catch {
      status.textContent = messages['search.error'] ?? '';
    }
  };

  // Every keystroke searches at once (a newer query makes an older one's results be dropped):
  // Pagefind answers in milliseconds, and a debounce would only add its delay. While an input
  // method is composing (拼音), the input is not yet what the reader means.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) void run();
  });
  input.addEventListener('compositionend', () => void run());
  filterBox.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  await run();
}

function buildFilters(box: HTMLFieldSetElement, available: Record<string, Record<string, number>>, messages: Record<string, string>) {
  for (const [key, labelKey] of FILTER_KEYS) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b));
    if (!values.length) continue;
    const label = document.createElement('label');
    const text = document.createElement('span');
    text.textContent = messages[labelKey] ?? key;
    const select = document.createElement('select');
    select.name = key;
    select.append(new Option(messages['search.any'] ?? '', ''), ...values.map((v) => new Option(v, v)));
    label.append(text, select);
    box.append(label);
  }
  box.hidden = box.querySelector('select') === null;
}

function selectedFilters(box: HTMLFieldSetElement): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const select of box.querySelectorAll('select')) if (select.value) filters[select.name] = select.value;
  return filters;
}

/** The glossary terms close to the query (if any) above the fixed links to the measures and glossary. */
function showHelp(help: HTMLElement, terms: Suggestion[]) {
  const box = help.querySelector<HTMLElement>('[data-site-search-suggestions]')!;
  const items = terms.map((term) => linkItem(term.href, term.label));
  help.querySelector('[data-site-search-suggestion-list]')!.replaceChildren(...items);
  box.hidden = items.length === 0;
  help.hidden = false;
}

/** `<li><a href>text</a></li>`: a suggested term, a matching section. */
function linkItem(href: string, text: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = href;
  link.textContent = text;
  item.append(link);
  return item;
}

const paragraph = (className: string, text: string) => {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
};

function renderResult(result: Shown, messages: Record<string, string>): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const sections = OPENS_AT_SECTION.has(result.meta.kind ?? '') ? matchingSections(result.sub_results, result.asked, [result.asked, ...result.planWords]) : [];
  const [best, ...others] = sections;
  // Q&A and glossary entries are answers in themselves: the result is the question or the term.
  const sectionIsTheAnswer = best !== undefined && (result.meta.kind === 'qa' || result.meta.kind === 'term');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = best?.url ?? result.url;
  link.textContent = (sectionIsTheAnswer ? best.title : result.meta.title) ?? result.url;
  heading.append(link);
  item.append(paragraph('search-result__type', result.meta.type ?? ''), heading);
  if (result.planWords.length) item.append(paragraph('search-result__also', fillTemplate(messages['search.alsoMatches'] ?? '', { words: result.planWords.join(document.documentElement.lang.startsWith('en') ? ', ' : '、') })));
  const excerpt = document.createElement('p');
  // Pagefind escapes page text in excerpts and adds only <mark> around matches.
  excerpt.innerHTML = best?.excerpt ?? result.excerpt;
  item.append(excerpt);
  const more = (sectionIsTheAnswer ? others : sections).slice(0, 3);
  if (more.length) {
    const label = paragraph('search-result__more', messages['search.moreSections'] ?? '');
    const links = document.createElement('ul');
    links.className = 'search-result__sections';
    links.append(...more.map((section) => linkItem(section.url, section.title)));
    item.append(label, links);
  }
  return item;
}

