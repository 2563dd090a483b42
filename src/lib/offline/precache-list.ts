/**
 * What the service worker stores for offline classroom use, per language: the learning centre's
 * pages, the search page, every built script and stylesheet, and that language's search index.
 * Not the printable PDFs (/learn/materials/<id>.pdf, /learn/<slug>/worksheet-*.pdf): a few
 * megabytes in all that a class rarely needs offline; teachers print them beforehand, and the
 * pages themselves print from the browser offline. Pure (file paths in, URL paths out) so the
 * rule is tested without a build.
 */

/** Pagefind's `pagefind-entry.json`: each language's index hash and WebAssembly build. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/**
 * @param files  every file of the build, relative to dist/ with `/` separators
 * @param base   the site's base path, starting and ending with `/`
 * @returns      URL paths to precache, sorted (pages as their directory URL)
 */
export function precacheList(files: readonly string[], lang: 'zh-cn' | 'en', entry: PagefindEntry, base: string): string[] {
  const prefix = lang === 'en' ? 'en/' : '';
  const pages = files.filter((f) => (f.startsWith(`${prefix}learn/`) && f.endsWith('index.html')) || f === `${prefix}search/index.html`);
  const language = entry.languages[lang];
  if (!language) throw new Error(`pagefind-entry.json has no index for ${lang}`);
  const wasm = `pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`;
  const index = files.filter(
    (f) =>
      ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind-worker.js', wasm, `pagefind/pagefind.${language.hash}.pf_meta`].includes(f) ||
      /^pagefind\/(index|fragment|filter)\//.test(f) && f.split('/')[2]!.startsWith(`${lang}_`),
  );
  // Not the .gz/.br copies: the browser gets those decompressed through Content-Encoding.
  const assets = files.filter((f) => (f.startsWith('_astro/') || f === 'favicon.svg') && !/\.(gz|br)$/.test(f));
  return [...pages.map((f) => f.replace(/index\.html$/, '')), ...index, ...assets].map((f) => `${base}${f}`).sort();
}
