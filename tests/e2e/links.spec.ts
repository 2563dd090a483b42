import { test, expect } from '@playwright/test';
import { DEFAULT_BUILD, SUBPATH_BUILD, builtPages } from './support/site';
import { readSiteRouteInputs, siteRoutes } from '../../src/lib/site-routes';
import { findBrokenLinks } from './support/broken-links';

test('no broken internal link, asset or anchor anywhere in the build', () => {
  const { broken, checked } = findBrokenLinks(DEFAULT_BUILD);
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});

// The same code built for SITE_URL=https://example.org/xicheng-carbon/ (npm run build:subpath):
// every link must stay inside the sub-path, and nothing may point at the domain root.
test('a build under a sub-path keeps every link, asset and anchor inside it', () => {
  const { broken, checked } = findBrokenLinks(SUBPATH_BUILD);
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});

// The route table the content check validates links against (src/lib/site-routes.ts) must be
// exactly the reading pages the build writes, in each language, or that check would lie.
test('the content link check knows exactly the pages the build writes', () => {
  const expected = [...siteRoutes(readSiteRouteInputs('.'))].sort();
  const pages = builtPages().filter((p) => p !== '/404.html' && !/^(\/en)?\/embed\//.test(p));
  expect(pages.filter((p) => !p.startsWith('/en/')).sort()).toEqual(expected);
  expect(pages.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3)).sort()).toEqual(expected);
});
