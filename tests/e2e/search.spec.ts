import { test, expect } from '@playwright/test';
import { relevanceQueries, resultLinks as everydayResultLinks, hitInTop, TOP } from './support/search-relevance.mjs';

// Regression list of real terms from the plan, run through the built Pagefind index.
// Chinese segmentation is a known risk (Pagefind issue #1237): keep adding real terms here.
const CASES: { lang: 'zh' | 'en'; query: string; expect: string[] }[] = [
  { lang: 'zh', query: '光伏', expect: ['/measures/7/', '/measures/11/'] },
  { lang: 'zh', query: '充电', expect: ['/measures/15/'] },
  { lang: 'zh', query: '六氟化硫', expect: ['/measures/18/'] },
  { lang: 'zh', query: '装配式建筑', expect: ['/measures/11/'] },
  { lang: 'zh', query: '变电站', expect: ['/measures/6/'] },
  { lang: 'zh', query: '垃圾分类', expect: ['/measures/10/'] },
  { lang: 'zh', query: '合同能源管理', expect: ['/measures/12/'] },
  { lang: 'zh', query: '绿证', expect: ['/measures/20/'] },
  { lang: 'zh', query: '绿电', expect: ['/cases/district-offices-green-electricity/'] },
  { lang: 'en', query: 'modular', expect: ['/en/cases/huapichang-hutong-8-modular-rebuild/'] },
  { lang: 'en', query: 'photovoltaic', expect: ['/en/measures/7/', '/en/measures/11/'] },
  { lang: 'en', query: 'charging', expect: ['/en/measures/15/'] },
  { lang: 'en', query: 'prefabricated', expect: ['/en/measures/11/'] },
  { lang: 'en', query: 'sulphur hexafluoride', expect: ['/en/measures/18/'] },
];

/** The result links' paths (a Q&A or glossary result's #anchor left out). */
async function resultLinks(page: import('@playwright/test').Page): Promise<string[]> {
  await expect(page.locator('[data-site-search-status]')).not.toHaveText(/正在搜索|Searching|^$/, { timeout: 15_000 });
  return page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

// One page per language runs every query in turn, and reports every miss together.
for (const lang of ['zh', 'en'] as const) {
  const cases = CASES.filter((c) => c.lang === lang);
  test(`search ${lang}: ${cases.length} regression terms find their pages, in the page's language only`, async ({ page }) => {
    const misses: string[] = [];
    for (const c of cases) {
      await page.goto(`${lang === 'en' ? '/en' : ''}/search/?q=${encodeURIComponent(c.query)}`);
      const links = await resultLinks(page);
      for (const path of c.expect) if (!links.includes(path)) misses.push(`“${c.query}” does not find ${path} (found: ${links.slice(0, 5).join(', ')})`);
      // One index per language: results stay in the page's language.
      for (const link of links) if (link.startsWith('/en/') !== (lang === 'en')) misses.push(`“${c.query}” finds ${link} in the other language`);
    }
    expect(misses).toEqual([]);
  });
}

test('the header search box leads to results, and filters narrow them', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: '搜索本站' }).fill('光伏');
  await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const all = await resultLinks(page);
  expect(all.length).toBeGreaterThan(2);
  await page.locator('select[name="type"]').selectOption('任务措施');
  await expect(page.locator('.search-result__type').first()).toHaveText('任务措施');
  const measuresOnly = await resultLinks(page);
  expect(measuresOnly.every((p) => p.startsWith('/measures/'))).toBe(true);
  await page.locator('select[name="department"]').selectOption('区财政局');
  await expect.poll(async () => (await resultLinks(page)).sort()).toEqual(['/measures/11/']);
});

// (Not "zzzxqv", "blorptastic" nor "jumblewock": Pagefind also matches a shorter prefix that is a
// word of the index, such as the quiz's option letter "B" or the unit "J" in a physics lesson.)
test('a query with no match says so', async ({ page }) => {
  await page.goto('/en/search/?q=zxqvwk');
  await expect(page.locator('[data-site-search-status]')).toContainText('Nothing found for “zxqvwk”');
});


// Everyday words (tests/e2e/search-queries.yaml): the right page among the first three, in each
// language; every miss is reported together. `npm run bench` prints precision@3 over the same list.
for (const lang of ['zh', 'en'] as const) {
  const queries = relevanceQueries()[lang];
  test(`search ${lang}: ${queries.length} everyday queries find the plan's answer among the first ${TOP} results`, async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    const misses: string[] = [];
    for (const q of queries) {
      const links: string[] = await everydayResultLinks(page, new URL(baseURL!).origin, lang, q.query);
      if (!hitInTop(links, q.expect)) misses.push(`“${q.query}”: expected ${q.expect.join(' or ')}; first ${TOP}: ${links.slice(0, TOP).join(', ') || '(none)'}`);
    }
    expect(misses).toEqual([]);
  });
}

test('a Q&A result opens at the question that answers it', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('我家能装光伏吗')}`);
  const first = page.locator('.search-result h2 a').first();
  await expect(first).toHaveAttribute('href', /\/plan\/qa\/#q-06-rooftop-solar$/);
  await expect(first).toHaveText('我能在屋顶装光伏吗？方案对太阳能有什么安排？');
  await first.click();
  await expect(page).toHaveURL(/\/plan\/qa\/#q-06-rooftop-solar$/);
  await expect(page.getByRole('heading', { level: 2, name: '我能在屋顶装光伏吗？方案对太阳能有什么安排？' })).toBeInViewport();
});

test('an everyday word finds the plan word and says so; traditional characters work too', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('充电桩')}`);
  const measure15 = page.locator('.search-result').filter({ has: page.locator('h2 a[href$="/measures/15/"]') });
  await expect(measure15.locator('.search-result__also')).toHaveText('也匹配方案用语：充电设施');
  await page.goto(`/search/?q=${encodeURIComponent('充電樁')}`);
  await expect(page.locator('.search-result h2 a').first()).toHaveAttribute('href', /\/measures\/15\/$/);
  await page.goto(`/en/search/?q=${encodeURIComponent('electric car')}`);
  const measure16 = page.locator('.search-result').filter({ has: page.locator('h2 a[href$="/en/measures/16/"]') });
  await expect(measure16.locator('.search-result__also')).toHaveText('Also matches the plan’s words: new-energy vehicles');
});

test('a misspelt query searches the closest glossary word instead, and says so', async ({ page }) => {
  await page.goto('/en/search/?q=fotovoltaic');
  await expect(page.locator('[data-site-search-status]')).toContainText('Few or no results for “fotovoltaic”. Showing results for “photovoltaic”.');
  expect(await resultLinks(page)).toContain('/en/measures/7/');
});

test('nothing found: the page offers the glossary and the measures list', async ({ page }) => {
  await page.goto('/search/?q=jumblewock');
  const help = page.locator('[data-site-search-help]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: '24项任务措施' })).toHaveAttribute('href', '/measures/');
  await expect(help.getByRole('link', { name: '术语表' })).toHaveAttribute('href', '/learn/glossary/');
});

test('"show more" loads the next results and moves focus to the first of them', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('碳')}`);
  const results = page.locator('.search-result');
  await expect(results).toHaveCount(12);
  await page.getByRole('button', { name: '显示更多结果' }).click();
  await expect(results).toHaveCount(24);
  await expect(results.nth(12).locator('a').first()).toBeFocused();
});
