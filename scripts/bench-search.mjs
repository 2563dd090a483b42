// Search part of `npm run bench` (measures, never fails on a number): in headless Chromium
// against the served build, per language: the time until the search page is ready (Pagefind and
// its WebAssembly loaded), the time from the keystroke to the first rendered result for the
// first query after that (cold: its index chunks and pages not yet fetched) and for later
// queries (warm), the bytes
// the search fetched per query, the index files per language, and precision@3 over the
// everyday-query list (tests/e2e/search-queries.yaml).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { relevanceQueries, resultLinks, hitInTop, TOP } from '../tests/e2e/support/search-relevance.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Warm queries: the first ten of the list in each language, each typed into the open page. */
const WARM_QUERIES = 10;

/** Milliseconds between keystrokes when Latin text is typed (a brisk typist). */
const KEYSTROKE_INTERVAL = 120;

/**
 * Enters `query` into the search page as a reader would and resolves with the ms from the last
 * keystroke until the first result for the whole query is rendered. Latin text is typed a letter
 * at a time (each keystroke searches, loading index chunks on the way); Chinese arrives whole,
 * as an input method commits it.
 */
function timeToFirstResult(page, query) {
  return page.evaluate(([q, interval]) => new Promise((resolve, reject) => {
    const input = document.querySelector('#search-page-q');
    const list = document.querySelector('[data-site-search-results]');
    const steps = /\p{Script=Han}/u.test(q) ? [q] : [...q].map((_, i) => q.slice(0, i + 1));
    let started = 0;
    const observer = new MutationObserver(() => {
      if (started && list.dataset.query === q && list.querySelector('.search-result')) {
        observer.disconnect();
        resolve(performance.now() - started);
      }
    });
    observer.observe(list, { childList: true, attributes: true });
    setTimeout(() => reject(new Error(`no result for “${q}” within 30 s`)), 30_000);
    input.value = '';
    const type = (i) => {
      input.value = steps[i];
      if (i === steps.length - 1) started = performance.now();
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      if (i < steps.length - 1) setTimeout(() => type(i + 1), interval);
    };
    type(0);
  }), [query, KEYSTROKE_INTERVAL]);
}

/** Bytes transferred (compressed, as served) for /pagefind/ files while `action` runs. */
async function pagefindBytes(page, action) {
  const sizes = [];
  const onResponse = (response) => {
    if (response.url().includes('/pagefind/')) sizes.push(response.request().sizes().then((s) => s.responseBodySize + s.responseHeadersSize).catch(() => 0));
  };
  page.on('response', onResponse);
  const value = await action();
  page.off('response', onResponse);
  return { value, bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0) };
}

export async function benchSearch(browser, origin) {
  const queries = relevanceQueries();
  const rows = [];
  for (const lang of ['zh', 'en']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`${origin}${lang === 'en' ? '/en' : ''}/search/`);
    await page.locator('[data-site-search][data-ready]').waitFor();
    const readyMs = performance.now() - started;
    const [first, ...rest] = queries[lang].map((q) => q.query);
    const cold = await pagefindBytes(page, () => timeToFirstResult(page, first));
    const warm = [];
    for (const q of rest.slice(0, WARM_QUERIES)) warm.push(await pagefindBytes(page, () => timeToFirstResult(page, q)));
    let hits = 0;
    const misses = [];
    for (const q of queries[lang]) {
      const links = await resultLinks(page, origin, lang, q.query);
      if (hitInTop(links, q.expect)) hits++;
      else misses.push(q.query);
    }
    rows.push({
      lang,
      readyMs,
      coldMs: cold.value,
      coldBytes: cold.bytes,
      warmMedianMs: median(warm.map((w) => w.value)),
      warmMaxMs: Math.max(...warm.map((w) => w.value)),
      warmMedianBytes: median(warm.map((w) => w.bytes)),
      hits,
      total: queries[lang].length,
      misses,
    });
    await context.close();
  }
  return rows;
}

/** The Pagefind index per language: files and bytes (uncompressed), by kind of file. */
export function indexSizes(dist) {
  const root = join(dist, 'pagefind');
  const sizes = {};
  const add = (lang, kind, bytes) => {
    sizes[lang] ??= { files: 0, bytes: 0, byKind: {} };
    sizes[lang].files++;
    sizes[lang].bytes += bytes;
    sizes[lang].byKind[kind] = (sizes[lang].byKind[kind] ?? 0) + bytes;
  };
  for (const dir of ['index', 'fragment', 'filter']) {
    for (const name of readdirSync(join(root, dir))) {
      if (/\.(gz|br)$/.test(name)) continue;
      add(name.split('_')[0], dir, statSync(join(root, dir, name)).size);
    }
  }
  for (const name of readdirSync(root)) {
    const meta = /^pagefind\.([a-z-]+)_.*\.pf_meta$/.exec(name);
    if (meta) add(meta[1], 'meta', statSync(join(root, name)).size);
  }
  return sizes;
}

export { TOP };
