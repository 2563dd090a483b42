// The everyday-query relevance list (tests/e2e/search-queries.yaml) run through the real search
// page: shared by the end-to-end test, which requires every query to pass, and `npm run bench`,
// which prints precision@3. Plain JavaScript so the bench (plain Node) can import it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** @typedef {{ query: string, expect: string[], source?: string, issue?: boolean }} RelevanceQuery */

/** @returns {{ zh: RelevanceQuery[], en: RelevanceQuery[] }} */
export function relevanceQueries() {
  return parse(readFileSync(fileURLToPath(new URL('../search-queries.yaml', import.meta.url)), 'utf8'));
}

/** How many results count: the first screen of a phone. */
export const TOP = 3;

/**
 * The links of the results, in order, as root-relative path plus #anchor, once the search page
 * shows the results of `query` (the list's data-query). The first query loads the search page of
 * the language; later ones are typed into it, as a reader would (Pagefind stays loaded).
 * @param {import('@playwright/test').Page} page
 */
export async function resultLinks(page, origin, lang, query) {
  const searchPage = `${origin}${lang === 'en' ? '/en' : ''}/search/`;
  if (page.url().startsWith(searchPage)) await page.locator('#search-page-q').fill(query);
  else await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction((q) => document.querySelector('[data-site-search-results]')?.dataset.query === q, query, { timeout: 15_000 });
  return page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => {
    const url = new URL(a.href);
    return url.pathname + url.hash;
  }));
}

/** True when one of the expected targets is among the first TOP links (anchors compared only when expected). */
export function hitInTop(links, expected) {
  const top = links.slice(0, TOP);
  return expected.some((target) => top.some((link) => (target.includes('#') ? link === target : link.split('#')[0] === target)));
}
