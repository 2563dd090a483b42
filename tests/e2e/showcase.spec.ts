import { test, expect } from '@playwright/test';

// Cases and pilots: lists with filters (with and without JavaScript), detail pages, the
// illustrative badge, results charts, links from measure pages and the Atom feeds.

test('the cases list filters by measure, sector, year and subdistrict, and the URL keeps the choice', async ({ page }) => {
  await page.goto('/cases/');
  const cards = page.locator('.entry-card');
  const total = await cards.count();
  expect(total).toBeGreaterThanOrEqual(8);
  await page.locator('select[name="sector"]').selectOption('transport');
  const shown = page.locator('.entry-card:visible');
  await expect(shown).not.toHaveCount(total);
  for (const card of await shown.all()) await expect(card).toHaveAttribute('data-sector', 'transport');
  await expect(page).toHaveURL(/\?sector=transport/);
  await expect(page.locator('[data-filter-status]')).toHaveText(/^显示 \d+ 项$/);

  await page.goto('/cases/?measure=21');
  for (const card of await page.locator('.entry-card:visible').all()) await expect(card).toHaveAttribute('data-measure', /(^| )21( |$)/);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.locator('.entry-card:visible')).toHaveCount(total);
});

test('the pilots list filters by kind', async ({ page }) => {
  await page.goto('/en/pilots/');
  await page.getByLabel('Kind of pilot').selectOption('green-mall');
  await expect(page.locator('.entry-card:visible')).toHaveCount(1);
  await expect(page.locator('.entry-card:visible')).toContainText('Green shopping mall');
});

test('an illustrative case says so before anything else, links its measures and has neighbours', async ({ page }) => {
  await page.goto('/cases/');
  await page.locator('.entry-card a').first().click();
  await expect(page.locator('.illustrative-notice')).toContainText('示例内容');
  await expect(page.locator('.illustrative-notice')).toContainText('均为虚构');
  const measureLinks = page.locator('section[aria-labelledby="measures-carried-out"] a');
  expect(await measureLinks.count()).toBeGreaterThan(0);
  await expect(measureLinks.first()).toHaveAttribute('href', /^\/measures\/\d+\/$/);
  await expect(page.locator('#sources + p')).toContainText('示例内容');
  await expect(page.locator('a[rel="next"]')).toHaveCount(1);
});

test('a pilot page shows its results as a table and as charts naming the dataset version', async ({ page }) => {
  await page.goto('/en/pilots/green-mall-example/');
  await expect(page.locator('.illustrative-notice')).toContainText('Illustrative example');
  await expect(page.locator('table.results tbody tr')).toHaveCount(2);
  await expect(page.locator('table.results')).toContainText('(2022)');
  const chart = page.locator('figure[data-chart]').first();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('canvas')).toBeVisible();
  await expect(chart.locator('.chart__source')).toContainText('pilot-results@1.0.0');
  await expect(chart.locator('.badge--illustrative')).toBeVisible();
});

test('a planned pilot says it has no results yet', async ({ page }) => {
  await page.goto('/en/pilots/');
  const planned = page.locator('.entry-card', { hasText: 'Planned' }).first();
  await planned.locator('a').first().click();
  await expect(page.locator('#results + p')).toHaveText('This pilot has no results yet.');
});

test('measure pages list the cases and pilots that carry them out; the home page shows the latest', async ({ page }) => {
  await page.goto('/measures/3/');
  const links = page.locator('.showcase-links a');
  expect(await links.count()).toBeGreaterThan(1);
  await expect(page.locator('.showcase-links .badge--illustrative').first()).toBeVisible();
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
    expect(result.links.length).toBeGreaterThanOrEqual(16);
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
    await expect(page.locator('.entry-card:visible')).toHaveCount(8);
    await expect(page.locator('.entry-card .badge--illustrative')).toHaveCount(8);
  });
});
