import { test, expect } from '@playwright/test';

// Cases and pilots: lists with filters (with and without JavaScript), detail pages with their
// provenance and before-the-plan labels and sources, links from measure pages and the Atom feeds.

test('the cases list filters by measure, sector, year and subdistrict, and the URL keeps the choice', async ({ page }) => {
  await page.goto('/cases/');
  const cards = page.locator('.entry-card');
  const total = await cards.count();
  expect(total).toBeGreaterThanOrEqual(8);
  await page.locator('select[name="sector"]').selectOption('buildings');
  const shown = page.locator('.entry-card:visible');
  await expect(shown).not.toHaveCount(total);
  for (const card of await shown.all()) await expect(card).toHaveAttribute('data-sector', 'buildings');
  await expect(page).toHaveURL(/\?sector=buildings/);
  await expect(page.locator('[data-filter-status]')).toHaveText(/^显示 \d+ 项$/);

  await page.goto('/cases/?measure=13');
  expect(await page.locator('.entry-card:visible').count()).toBeGreaterThan(0);
  for (const card of await page.locator('.entry-card:visible').all()) await expect(card).toHaveAttribute('data-measure', /(^| )13( |$)/);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.locator('.entry-card:visible')).toHaveCount(total);
});

test('the pilots list filters by kind', async ({ page }) => {
  await page.goto('/en/pilots/');
  await page.getByLabel('Kind of pilot').selectOption('waste-sorting-demonstration');
  await expect(page.locator('.entry-card:visible')).toHaveCount(1);
  await expect(page.locator('.entry-card:visible')).toContainText('Waste-sorting demonstration');
});

test('a case says what its facts rest on before anything else, links its sources and measures, and has neighbours', async ({ page }) => {
  await page.goto('/cases/district-offices-green-electricity/');
  await expect(page.locator('.entry-provenance .badge--reported')).toHaveText('媒体报道');
  await expect(page.locator('.entry-provenance .badge--background')).toHaveCount(0);
  const measureLinks = page.locator('section[aria-labelledby="measures-carried-out"] a');
  expect(await measureLinks.count()).toBeGreaterThan(0);
  await expect(measureLinks.first()).toHaveAttribute('href', /^\/measures\/\d+\/$/);
  await expect(page.locator('#sources ~ ul a[href^="http://bj.people.com.cn/"]')).toHaveCount(1);
  expect(await page.locator('a[rel="next"], a[rel="prev"]').count()).toBeGreaterThan(0);
});

test('what happened before the plan is labelled as background, in both languages', async ({ page }) => {
  await page.goto('/en/cases/bungalow-coal-to-electric-heating/');
  await expect(page.locator('.entry-provenance .badge--background')).toHaveText('Before the plan');
  await expect(page.locator('.entry-provenance')).toContainText('29 December 2022');
  await expect(page.locator('#sources ~ ul')).toContainText('(in Chinese)');
  await page.goto('/pilots/waste-sorting-demonstration-compounds/');
  await expect(page.locator('.entry-provenance .badge--background')).toHaveText('方案出台前');
  await expect(page.locator('.entry-facts')).toContainText('截至2021年5月4日的来源');
});

test('measure pages list the cases and pilots that carry them out; the home page shows the latest', async ({ page }) => {
  await page.goto('/measures/3/');
  const links = page.locator('.showcase-links a');
  expect(await links.count()).toBeGreaterThan(1);
  await expect(page.locator('.showcase-links .badge').first()).toBeVisible();
  await expect(page.locator('.badge--illustrative')).toHaveCount(0);
  await page.goto('/en/');
  await expect(page.locator('section[aria-labelledby="latest"] .entry-card')).toHaveCount(4);
});

for (const [path, lang] of [['/feed.xml', 'zh-CN'], ['/en/feed.xml', 'en']] as const) {
  test(`the Atom feed ${path} is valid XML with absolute links to every case and pilot`, async ({ page, request }) => {
    const response = await request.get(path);
    // A static host types the file by its extension (text/xml or application/xml); both are fine for feed readers.
    expect(response.headers()['content-type']).toMatch(/xml/);
    const xml = await response.text();
    await page.goto('/');
    const result = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        lang: doc.documentElement.getAttribute('xml:lang'),
        links: [...doc.querySelectorAll('entry > link')].map((l) => l.getAttribute('href')!),
        self: doc.querySelector('feed > link[rel="self"]')?.getAttribute('href'),
      };
    }, xml);
    expect(result.error).toBeNull();
    expect(result.lang).toBe(lang);
    expect(result.self).toBe(`http://localhost:4321${path}`);
    expect(result.links.length).toBeGreaterThanOrEqual(12);
    for (const link of result.links) expect(link).toMatch(/^http:\/\/localhost:4321\/(en\/)?(cases|pilots)\/[a-z0-9-]+\/$/);
  });
}

test('the list pages advertise their feed', async ({ page }) => {
  await page.goto('/en/cases/');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', 'http://localhost:4321/en/feed.xml');
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('the lists are complete plain lists and the filters stay out of the way', async ({ page }) => {
    await page.goto('/cases/');
    await expect(page.locator('form[data-list-filter]')).toBeHidden();
    await expect(page.locator('.entry-card:visible')).toHaveCount(await page.locator('.entry-card').count());
    await page.goto('/pilots/');
    const pilots = await page.locator('.entry-card').count();
    expect(pilots).toBeGreaterThanOrEqual(4);
    await expect(page.locator('.entry-card:visible')).toHaveCount(pilots);
    await expect(page.locator('.entry-card .badge--illustrative')).toHaveCount(0);
    expect(await page.locator('.entry-card .badge--background').count()).toBeGreaterThan(0);
  });
});
