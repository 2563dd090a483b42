import { test, expect } from '@playwright/test';
import { wcagViolations } from './support/axe';
import { builtPages, fileForUrlPath } from './support/site';

// Every built page, in both languages: it loads, declares its language, has its twin in
// the other language behind the language switch, and has no WCAG 2.2 A/AA violation.
const pages = builtPages();

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

    expect(await wcagViolations(page)).toEqual([]);
  });
}
