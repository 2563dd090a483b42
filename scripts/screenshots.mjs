#!/usr/bin/env node
// Review aid, not a test: PNG screenshots of one page of every page type, in both languages,
// at a phone width (390 px) and a laptop width (1366 px), full page, into reports/screenshots/.
//   npm run screenshots            (after a build: npm run build:local)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serveBuild } from './static-host.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WIDTHS = [390, 1366];
// One page of every route in src/pages/ (Chinese path; the English twin is added below).
const PAGES = [
  '/', '/plan/', '/plan/qa/', '/measures/', '/measures/7/', '/departments/', '/departments/finance/', '/targets/', '/data/',
  '/cases/', '/cases/district-offices-green-electricity/', '/pilots/', '/pilots/waste-sorting-demonstration-compounds/',
  '/search/?q=%E5%85%89%E4%BC%8F', '/about/', '/embed/measures-per-category/', '/learn/', '/learn/green-trip-to-school/',
  '/learn/glossary/', '/learn/quiz/', '/learn/calculator/', '/press/', '/press/fact-sheet/', '/press/showcases/2024-low-carbon-day/',
];
const out = 'reports/screenshots';
mkdirSync(out, { recursive: true });
const served = await serveBuild({ dir: 'dist' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of [...PAGES, ...PAGES.map((p) => `/en${p}`), '/404.html']) {
      await page.goto(`${served.origin}${path}`);
      if (path.includes('/search/')) await page.locator('.search-result').first().waitFor({ timeout: 15_000 }).catch(() => {});
      const name = `${path.replace(/\?.*$/, '').replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'home'}@${width}.png`;
      await page.screenshot({ path: join(out, name), fullPage: true });
    }
    await page.close();
  }
  console.log(`Screenshots of ${PAGES.length * 2 + 1} pages at ${WIDTHS.join(' and ')} px in ${out}/`);
} finally {
  await browser.close();
  await served.close();
}
