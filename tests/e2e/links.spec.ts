import { test, expect } from '@playwright/test';
import { DEFAULT_BUILD, SUBPATH_BUILD } from './support/site';
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
