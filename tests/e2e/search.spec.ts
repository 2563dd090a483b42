import { test, expect } from '@playwright/test';

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

// (Not "zzzxqv" nor "blorptastic": Pagefind falls back to the first letter, which matches "[Z]" in the
// about page's citation and the quiz's option letter "B".)
test('a query with no match says so', async ({ page }) => {
  await page.goto('/en/search/?q=jumblewock');
  await expect(page.locator('[data-site-search-status]')).toContainText('Nothing found for “jumblewock”');
});

