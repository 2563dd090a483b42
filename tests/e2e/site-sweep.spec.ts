import { test, expect } from '@playwright/test';
import { auditPage, watchPage } from './support/page-audit';
import { PREVIEW_ORIGIN, builtPages } from '../support/built-site';

// One sweep over every built page, in both languages, served with the headers of
// public/_headers: each page is visited once and checked for its structure (language, one h1,
// its twin), zero axe WCAG 2.2 A/AA violations, zero Content-Security-Policy violations, no
// request to another origin and no script error; and on phones (320 and 390 px) no sideways
// scrolling, no table cell squeezed below three characters, a header of at most 120 px. Charts are scrolled into view so their code
// runs; search runs one query per language. Failures are reported together, page by page.
const STATES: { path: string; waitFor?: string }[] = [
  ...builtPages().map((path) => ({ path })),
  { path: `/search/?q=${encodeURIComponent('光伏')}`, waitFor: '.search-result' },
  { path: '/en/search/?q=solar', waitFor: '.search-result' },
];

// The offline service worker is tested on its own (learn.spec.ts); here it would install in the
// background while the sweep moves on, and take over pages mid-navigation.
test.use({ serviceWorkers: 'block' });

// Split into groups so both workers share the sweep; a group's failures are listed together.
const GROUPS = 8;
for (let group = 0; group < GROUPS; group++) {
  const states = STATES.filter((_, i) => i % GROUPS === group);
  test(`site sweep ${group + 1}/${GROUPS}: ${states.length} pages`, async ({ page }) => {
    test.setTimeout(states.length * 15_000);
    const watch = await watchPage(page, PREVIEW_ORIGIN);
    const failures: string[] = [];
    for (const { path, waitFor } of states) {
      const problems = await auditPage(page, watch, path, waitFor);
      failures.push(...problems.map((p) => `${path}: ${p}`));
    }
    expect(failures, `${failures.length} problems:\n${failures.join('\n')}`).toEqual([]);
  });
}
