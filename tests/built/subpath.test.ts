import { test, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBPATH_BUILD, SUBPATH_SITE_URL, readBuilt } from '../support/built-site';
import { filesUnder } from '../../src/lib/files/files-under';

// The same code built for SITE_URL=https://example.org/xicheng-carbon/ (`npm run build:subpath`
// writes it to dist-subpath/): a deployment in a folder of someone else's domain must work.
// (Its links are checked in pages-and-links.test.ts; it is browsed in tests/e2e/subpath.spec.ts.)
const site = SUBPATH_BUILD;

test('names the public URL with the sub-path in canonical, hreflang, sitemap and robots.txt', () => {
  const page = readBuilt(`${site.base}en/measures/7/`, site);
  expect(page).toContain(`<link rel="canonical" href="${SUBPATH_SITE_URL}en/measures/7/"`);
  expect(page).toContain(`hreflang="zh-CN" href="${SUBPATH_SITE_URL}measures/7/"`);
  expect(readFileSync(join(site.dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SUBPATH_SITE_URL}sitemap-index.xml`);
  expect(readFileSync(join(site.dir, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SUBPATH_SITE_URL}en/plan/</loc>`);
});

test('carries no local address anywhere: every citation, embed code, feed and sitemap names SITE_URL', () => {
  const offenders = filesUnder(site.dir)
    .filter((f) => !/\.(png|br|gz|wasm|pf_[a-z]+)$/.test(f) && !f.includes('/pagefind/'))
    .filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(f, 'utf8')));
  expect(offenders).toEqual([]);
  expect(readBuilt(`${site.base}en/press/`, site)).toContain(`iframe src=&quot;${SUBPATH_SITE_URL}`);
});

test('loads the search bundle from the sub-path', () => {
  expect(readBuilt(`${site.base}search/`, site)).toContain(`data-base="${site.base}"`);
});
