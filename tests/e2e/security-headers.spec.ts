import { test, expect } from '@playwright/test';
import { watchPage } from './support/page-audit';
import { PREVIEW_ORIGIN } from '../support/built-site';

// The tests' server sends the headers of public/_headers, as a static host applies them; the
// site sweep (site-sweep.spec.ts) then checks that no page trips the policy. Here: the headers
// themselves, and the features that need the policy's exceptions.

test('headers are sent as public/_headers says', async ({ request }) => {
  const page = await request.get('/plan/');
  const csp = page.headers()['content-security-policy']!;
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  expect(csp).toContain("frame-ancestors 'self'");
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(page.headers()['permissions-policy']).toContain('camera=()');
  const embed = await request.get('/en/embed/measures-per-category/');
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['content-security-policy']).not.toContain('wasm-unsafe-eval');
  const missing = await request.get('/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-security-policy']).toBe(csp);
});

test('the quiz and calculator islands run under the policy, and the service worker registers', async ({ page }) => {
  const watch = await watchPage(page, PREVIEW_ORIGIN);
  await page.goto('/en/learn/quiz/junior/');
  await page.getByRole('radio').first().focus(); // islands start at the reader's first touch
  await expect(page.locator('[data-island="quiz"][data-mounted]')).toHaveCount(1);
  await page.goto('/learn/calculator/');
  await page.getByRole('textbox', { name: /^用电/ }).fill('100');
  await expect(page.locator('[data-island="calculator"][data-mounted]')).toHaveCount(1);
  await expect(page.locator('.calculator__total').first()).toContainText('全家每年约644千克');
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);
  expect(watch.takeEvents()).toEqual([]);
});
