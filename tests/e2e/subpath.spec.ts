import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBPATH_BUILD, SUBPATH_SITE_URL, readBuilt } from './support/site';
import { findBrokenLinks } from './support/broken-links';
import { serveStatic } from './support/static-server';
import { filesUnder } from '../../src/lib/files';

// The same code built for SITE_URL=https://example.org/xicheng-carbon/ (`npm run build:subpath`
// writes it to dist-subpath/): a deployment in a folder of someone else's domain must work.
const site = SUBPATH_BUILD;

test.describe('a build under a sub-path', () => {
  test('keeps every link, asset and anchor inside the sub-path', () => {
    const { broken, checked } = findBrokenLinks(site);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  test('names the public URL with the sub-path in canonical, hreflang, sitemap and robots.txt', () => {
    const page = readBuilt(`${site.base}en/measures/7/`, site);
    expect(page).toContain(`<link rel="canonical" href="${SUBPATH_SITE_URL}en/measures/7/"`);
    expect(page).toContain(`hreflang="zh-CN" href="${SUBPATH_SITE_URL}measures/7/"`);
    expect(readFileSync(join(site.dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SUBPATH_SITE_URL}sitemap-index.xml`);
    expect(readFileSync(join(site.dir, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SUBPATH_SITE_URL}en/plan/</loc>`);
  });

  test('carries no local address anywhere: every citation, embed code, feed and sitemap names SITE_URL', () => {
    const offenders = filesUnder(site.dir).filter((f) => !/\.(png|br|gz|wasm|pf_[a-z]+)$/.test(f) && !f.includes('/pagefind/')).filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
    expect(readBuilt(`${site.base}en/press/`, site)).toContain(`iframe src=&quot;${SUBPATH_SITE_URL}`);
  });

  test('loads the search bundle from the sub-path', () => {
    const page = readBuilt(`${site.base}search/`, site);
    expect(page).toContain(`data-base="${site.base}"`);
  });
});

test.describe('the sub-path build served by a plain static host', () => {
  let served: Awaited<ReturnType<typeof serveStatic>>;
  test.beforeAll(async () => {
    served = await serveStatic(site);
  });
  test.afterAll(async () => {
    await served.close();
  });

  test('reads, switches language and searches without leaving the sub-path', async ({ page }) => {
    await page.goto(`${served.url}measures/7/`);
    await expect(page.locator('h1')).toContainText('新能源');
    await page.locator('[data-language-switch]').click();
    await expect(page).toHaveURL(`${served.url}en/measures/7/`);

    await page.goto(`${served.url}search/?q=${encodeURIComponent('光伏')}`);
    const results = page.locator('.search-result h2 a');
    await expect(results.first()).toHaveAttribute('href', new RegExp(`^${site.base}`), { timeout: 15_000 });
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.every((h) => h!.startsWith(site.base))).toBe(true);
    expect(hrefs).toContain(`${site.base}measures/7/`);
  });
});
