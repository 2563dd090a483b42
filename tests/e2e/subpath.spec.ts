import { test, expect } from '@playwright/test';
import { SUBPATH_BUILD } from '../support/built-site';
import { serveBuild } from '../../scripts/static-host.mjs';

// The same code built for SITE_URL=https://example.org/xicheng-carbon/ (`npm run build:subpath`
// writes it to dist-subpath/), browsed: a deployment in a folder of someone else's domain must
// work. The files themselves are checked in tests/built/subpath.test.ts.
const site = SUBPATH_BUILD;

test.describe('the sub-path build served by a plain static host', () => {
  let served: Awaited<ReturnType<typeof serveBuild>>;
  test.beforeAll(async () => {
    served = await serveBuild({ dir: site.dir, base: site.base });
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
