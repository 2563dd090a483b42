import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, fileForUrlPath } from './support/site';

// Every built page, in both languages: it loads, declares its language, has its twin in
// the other language behind the language switch, and has no WCAG 2.2 A/AA violation.
const pages = builtPages();
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('the build has every page in both languages', () => {
  const zh = pages.filter((p) => !p.startsWith('/en/') && p.endsWith('/'));
  const en = pages.filter((p) => p.startsWith('/en/'));
  // home, about, search, plan, Q&A, measures list + 24, matrix + 23 bodies
  expect(zh.length).toBeGreaterThanOrEqual(54);
  expect(en.map((p) => p.slice(3))).toEqual(zh);
});

for (const path of pages) {
  test(`page ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const lang = await page.locator('html').getAttribute('lang');
    expect(lang).toBe(path.startsWith('/en/') ? 'en' : 'zh-CN');
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).length).toBeGreaterThan(3);

    if (path !== '/404.html') {
      const twin = path.startsWith('/en/') ? path.slice(3) : `/en${path}`;
      const switchHref = await page.locator('[data-language-switch]').getAttribute('href');
      expect(switchHref).toBe(twin);
      expect(fileForUrlPath(twin), `twin ${twin} exists`).toBeDefined();
      await expect(page.locator(`link[rel="alternate"][hreflang="${lang === 'en' ? 'zh-CN' : 'en'}"]`)).toHaveCount(1);
    }
    if (path.startsWith('/en/')) await expect(page.locator('.translation-notice')).toContainText('Unofficial translation');

    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    expect(summary).toEqual([]);
  });
}
