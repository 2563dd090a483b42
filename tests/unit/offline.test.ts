import { describe, expect, it } from 'vitest';
import { precacheList } from '../../src/lib/offline/precache-list';

const entry = { languages: { en: { hash: 'en_78f9', wasm: 'en' }, 'zh-cn': { hash: 'zh-cn_23a4', wasm: null } } };
const files = [
  'index.html', 'plan/index.html', 'learn/index.html', 'learn/energy-detectives/index.html', 'learn/glossary/index.html', 'search/index.html',
  'en/learn/index.html', 'en/learn/quiz/index.html', 'en/search/index.html', 'en/plan/index.html',
  '_astro/BaseLayout.abc.css', '_astro/BaseLayout.abc.css.br', '_astro/mount-quiz.def.js', '_astro/mount-quiz.def.js.gz', 'favicon.svg', 'og/en/home.png',
  'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-ui.js',
  'pagefind/wasm.en.pagefind', 'pagefind/wasm.unknown.pagefind',
  'pagefind/pagefind.en_78f9.pf_meta', 'pagefind/pagefind.zh-cn_23a4.pf_meta',
  'pagefind/index/en_1.pf_index', 'pagefind/index/zh-cn_1.pf_index', 'pagefind/fragment/en_2.pf_fragment', 'pagefind/fragment/zh-cn_2.pf_fragment',
  'pagefind/filter/zh-cn_3.pf_filter',
];

describe('offline precache list', () => {
  it('holds the Chinese learning pages, search page, assets and Chinese index only', () => {
    expect(precacheList(files, 'zh-cn', entry, '/')).toEqual([
      '/_astro/BaseLayout.abc.css', '/_astro/mount-quiz.def.js', '/favicon.svg',
      '/learn/', '/learn/energy-detectives/', '/learn/glossary/',
      '/pagefind/filter/zh-cn_3.pf_filter', '/pagefind/fragment/zh-cn_2.pf_fragment', '/pagefind/index/zh-cn_1.pf_index',
      '/pagefind/pagefind-entry.json', '/pagefind/pagefind-worker.js', '/pagefind/pagefind.js', '/pagefind/pagefind.zh-cn_23a4.pf_meta',
      '/pagefind/wasm.unknown.pagefind', '/search/',
    ]);
  });
  it('uses the English pages and index, under the base path', () => {
    const list = precacheList(files, 'en', entry, '/carbon/');
    expect(list).toContain('/carbon/en/learn/quiz/');
    expect(list).toContain('/carbon/en/search/');
    expect(list).toContain('/carbon/pagefind/wasm.en.pagefind');
    expect(list).toContain('/carbon/pagefind/index/en_1.pf_index');
    expect(list.some((u) => u.includes('zh-cn_') || u === '/carbon/learn/')).toBe(false);
    expect(list).not.toContain('/carbon/en/plan/');
  });
  it('stores the materials pages but not the printable PDFs (downloaded and printed beforehand)', () => {
    const withPdfs = [...files, 'learn/materials/index.html', 'learn/materials/floor-plan-template/index.html', 'learn/materials/floor-plan-template.pdf', 'learn/energy-detectives/worksheet-key.pdf'];
    const list = precacheList(withPdfs, 'zh-cn', entry, '/');
    expect(list).toContain('/learn/materials/floor-plan-template/');
    expect(list.filter((u) => u.endsWith('.pdf'))).toEqual([]);
  });
  it('holds each lesson’s slides, so a class can present them without a network', () => {
    const list = precacheList([...files, 'learn/energy-detectives/slides/index.html', 'en/learn/energy-detectives/slides/index.html'], 'zh-cn', entry, '/');
    expect(list).toContain('/learn/energy-detectives/slides/');
    expect(list).not.toContain('/en/learn/energy-detectives/slides/');
  });
  it('keeps pages nested under a learning page, such as the calculator’s class page, in both languages', () => {
    const nested = [...files, 'learn/calculator/index.html', 'learn/calculator/class/index.html', 'en/learn/calculator/class/index.html'];
    expect(precacheList(nested, 'zh-cn', entry, '/')).toEqual(expect.arrayContaining(['/learn/calculator/', '/learn/calculator/class/']));
    expect(precacheList(nested, 'en', entry, '/')).toContain('/en/learn/calculator/class/');
    expect(precacheList(nested, 'en', entry, '/')).not.toContain('/learn/calculator/class/');
  });
  it('refuses an index without the language', () => {
    expect(() => precacheList(files, 'en', { languages: {} }, '/')).toThrow(/no index for en/);
  });
});
