import { test, expect } from 'vitest';
import { DEFAULT_BUILD, SUBPATH_BUILD, builtPages } from '../support/built-site';
import { findBrokenLinks } from '../support/broken-links';
import { readSiteRouteInputs, siteRoutes } from '../../src/lib/site/routes';

// The finished builds read as files (npm run build:local → dist/, npm run build:subpath →
// dist-subpath/): what needs no browser is checked here, not in Playwright.
const pages = builtPages();

test('the build has every page in both languages', () => {
  const zh = pages.filter((p) => !p.startsWith('/en/') && p.endsWith('/'));
  const en = pages.filter((p) => p.startsWith('/en/'));
  // home, about, search, plan, Q&A, measures list + 24, matrix + 23 bodies
  expect(zh.length).toBeGreaterThanOrEqual(54);
  expect(en.map((p) => p.slice(3))).toEqual(zh);
});

test('six or more lessons in each language', () => {
  const lessons = pages.filter((p) => /^(\/en)?\/learn\/[^/]+\/$/.test(p) && !/\/(glossary|quiz|calculator|curriculum|materials)\/$/.test(p));
  expect(lessons.filter((p) => !p.startsWith('/en/')).length).toBeGreaterThanOrEqual(6);
  expect(lessons.filter((p) => p.startsWith('/en/')).length).toBeGreaterThanOrEqual(6);
});

test('no broken internal link, asset or anchor anywhere in the build', () => {
  const { broken, checked } = findBrokenLinks(DEFAULT_BUILD);
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});

// The same code built for SITE_URL=https://example.org/xicheng-carbon/: every link must stay
// inside the sub-path, and nothing may point at the domain root.
test('a build under a sub-path keeps every link, asset and anchor inside it', () => {
  const { broken, checked } = findBrokenLinks(SUBPATH_BUILD);
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});

// The route table the content link check validates links against (src/lib/site/routes.ts) must
// be exactly the reading pages the build writes, in each language, or that check would lie.
test('the content link check knows exactly the pages the build writes', () => {
  const expected = [...siteRoutes(readSiteRouteInputs('.'))].sort();
  const reading = pages.filter((p) => p !== '/404.html' && !/^(\/en)?\/embed\//.test(p));
  expect(reading.filter((p) => !p.startsWith('/en/')).sort()).toEqual(expected);
  expect(reading.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3)).sort()).toEqual(expected);
});
