import { test, expect } from '@playwright/test';
import { PREVIEW_ORIGIN } from './support/site';

// Every page type, with its scripts running (search, filters, charts): not one request may
// leave the portal's own origin. All fonts, scripts, styles and data are self-hosted.
const PAGES = [
  '/', '/en/', '/plan/', '/en/plan/qa/', '/measures/', '/measures/15/', '/departments/', '/departments/finance/',
  '/targets/', '/en/data/', '/cases/', '/cases/district-offices-green-electricity/', '/en/pilots/waste-sorting-demonstration-compounds/',
  '/search/?q=%E5%85%89%E4%BC%8F', '/en/embed/measures-per-category/', '/about/', '/no-such-page/',
  '/learn/', '/learn/green-trip-to-school/', '/en/learn/glossary/', '/learn/quiz/', '/en/learn/calculator/',
  '/press/', '/en/press/fact-sheet/', '/press/showcases/2024-low-carbon-day/',
];

test('no page requests anything from another origin', async ({ page }) => {
  test.setTimeout(90_000);
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== PREVIEW_ORIGIN) foreign.push(`${page.url()} → ${r.url()}`);
  });
  for (const path of PAGES) {
    await page.goto(path);
    for (const chart of await page.locator('figure[data-chart]').all()) await chart.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});
