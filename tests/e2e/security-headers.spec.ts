import { test, expect, type Page } from '@playwright/test';
import { DEFAULT_BUILD } from './support/site';
import { serveStatic } from './support/static-server';
import { readHeadersFile } from './support/headers-file';

// The build served with the headers of public/_headers, as a static host applies them: no page
// may trip the Content-Security-Policy, including search (WebAssembly) and charts (Chart.js).
const headersFor = readHeadersFile('public/_headers');
let served: Awaited<ReturnType<typeof serveStatic>>;
test.beforeAll(async () => {
  served = await serveStatic(DEFAULT_BUILD, headersFor);
});
test.afterAll(async () => {
  await served.close();
});

/** Records every CSP violation the page reports, from the first byte on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation(t: string): void }).reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  return violations;
}

const origin = () => served.url.replace(/\/$/, '');

test('headers are sent as public/_headers says', async ({ request }) => {
  const page = await request.get(`${origin()}/plan/`);
  const csp = page.headers()['content-security-policy']!;
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  expect(csp).toContain("frame-ancestors 'self'");
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(page.headers()['permissions-policy']).toContain('camera=()');
  const embed = await request.get(`${origin()}/en/embed/measures-per-category/`);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['content-security-policy']).not.toContain('wasm-unsafe-eval');
});

// One page of every page type (every route in src/pages/), both languages among them.
for (const path of [
  '/', '/plan/', '/en/plan/qa/', '/measures/', '/en/measures/7/', '/departments/', '/en/departments/finance/', '/targets/', '/data/',
  '/cases/', '/en/cases/district-offices-green-electricity/', '/pilots/', '/pilots/waste-sorting-demonstration-compounds/',
  '/search/', '/en/about/', '/404.html', '/en/embed/measures-per-category/',
  '/learn/', '/en/learn/energy-detectives/', '/learn/glossary/', '/en/learn/quiz/', '/learn/calculator/',
  '/press/', '/en/press/fact-sheet/', '/press/showcases/2024-low-carbon-day/',
]) {
  test(`no CSP violation on ${path}`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(`${origin()}${path}`);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
}

test('search and charts work under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${origin()}/search/?q=${encodeURIComponent('光伏')}`);
  await expect(page.locator('.search-result').first()).toBeVisible({ timeout: 15_000 });
  await page.goto(`${origin()}/en/targets/`);
  for (const chart of await page.locator('figure[data-chart]').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('canvas')).toBeVisible();
  }
  await page.goto(`${origin()}/en/embed/measures-per-department/`);
  await expect(page.locator('canvas')).toBeVisible();
  expect(violations).toEqual([]);
});

test('the quiz and calculator islands run under the policy, and the service worker registers', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${origin()}/en/learn/quiz/`);
  await expect(page.locator('[data-island="quiz"][data-mounted]')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeVisible();
  await page.goto(`${origin()}/learn/calculator/`);
  await expect(page.locator('.calculator__total')).toBeVisible();
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);
  expect(violations).toEqual([]);
});
