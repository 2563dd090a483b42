/**
 * The search page: runs the query from ?q= (set by the header's plain GET form) and as the
 * reader types, against the Pagefind index of the page's own language, with filters for
 * content type, category and responsible body read from the index itself.
 */
import { fillTemplate, pluralForm } from '../lib/i18n/fill-template';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string };
}
interface PagefindApi {
  options(o: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string,
    o: { filters: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const FILTER_KEYS = [
  ['type', 'search.filterType'],
  ['category', 'search.filterCategory'],
  ['department', 'search.filterDepartment'],
] as const;
const MAX_RESULTS = 30;

export async function enhanceSiteSearch(root: HTMLElement): Promise<void> {
  const base = root.dataset.base ?? '/';
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Record<string, string>;
  const form = root.querySelector<HTMLFormElement>('[data-site-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterBox = root.querySelector<HTMLFieldSetElement>('[data-site-search-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-site-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-site-search-results]')!;

  root.querySelector<HTMLElement>('[data-site-search-needs-js]')!.hidden = true;
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  let pagefind: PagefindApi;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await pagefind.options({ baseUrl: base });
    await pagefind.init();
    buildFilters(filterBox, await pagefind.filters(), messages);
  } catch {
    status.textContent = messages['search.error'] ?? '';
    return;
  }

  let generation = 0;
  const run = async () => {
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    const current = ++generation;
    list.replaceChildren();
    if (!query) {
      status.textContent = messages['search.prompt'] ?? '';
      return;
    }
    status.textContent = messages['search.loading'] ?? '';
    try {
      const search = await pagefind.search(query, { filters: selectedFilters(filterBox) });
      if (current !== generation || !search) return; // a newer query has started
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (current !== generation) return;
      list.replaceChildren(...data.map(renderResult));
      status.textContent = data.length
        ? fillTemplate(pluralForm(document.documentElement.lang, { one: messages['search.resultsCountOne'], other: messages['search.resultsCount'] ?? '' }, search.results.length), { count: search.results.length })
        : fillTemplate(messages['search.noResults'] ?? '', { query });
    } catch {
      status.textContent = messages['search.error'] ?? '';
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
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

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const type = document.createElement('p');
  type.className = 'search-result__type';
  type.textContent = result.meta.type ?? '';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  // Pagefind escapes page text in excerpts and adds only <mark> around matches.
  excerpt.innerHTML = result.excerpt;
  item.append(type, heading, excerpt);
  return item;
}
