import { test, expect, type Page } from '@playwright/test';
import { pngSize } from '../support/png-size';
import { normalised, printedPdf } from './support/pdf-text';
import { SUBPATH_BUILD, SUBPATH_BUILD_DATE } from '../support/built-site';
import { serveBuild } from '../../scripts/static-host.mjs';

// The press centre: showcases, downloads with sizes, the fact sheet's PDF, citation copy,
// and the event banner decided by the build date (social preview images and the banner's
// absence are checked over the files in tests/built/).

async function pdfOf(page: Page, path: string) {
  await page.goto(path);
  const { pages, text } = await printedPdf(page);
  return { pages, text: text.join('') };
}

test('the press page lists the showcases newest first and links each one', async ({ page }) => {
  await page.goto('/en/press/');
  const titles = await page.locator('#showcases ~ ul .entry-card__title a').allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(6);
  const years = titles.map((t) => Number(/20\d\d/.exec(t)![0]));
  expect(years).toEqual([...years].sort((a, b) => b - a));
  await page.locator('#showcases ~ ul .entry-card__title a').first().click();
  await expect(page.locator('h1')).toContainText('2025');
  await expect(page.locator('.entry-provenance .badge--official')).toBeVisible();
  await expect(page.locator('.entry-facts a[href^="http"]')).toHaveCount(1);
});

test('a showcase names the page that publishes its dates, and shows its featured entries', async ({ page }) => {
  await page.goto('/press/showcases/2024-low-carbon-day/');
  await expect(page.locator('.entry-facts')).toContainText('2024年5月15日');
  await expect(page.locator('.entry-facts')).toContainText('绿色低碳，美丽中国');
  await expect(page.locator('.entry-facts a[href^="http"]')).toHaveCount(1);
  await expect(page.locator('#featured ~ ul .entry-card')).not.toHaveCount(0);
});

test('the press page lists the event history newest first, each year with its source', async ({ page }) => {
  await page.goto('/en/press/');
  const items = page.locator('ol.event-history > li');
  expect(await items.count()).toBeGreaterThanOrEqual(12);
  await expect(items.first()).toContainText('2025');
  for (const item of await items.all()) await expect(item.locator('a[href^="http"]')).toHaveCount(1);
});

test('every chart download is listed with the true size of the file it links to', async ({ page, request }) => {
  for (const lang of ['', '/en']) {
    await page.goto(`${lang}/press/`);
    const rows = page.locator('table.downloads tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    for (const row of await rows.all()) {
      for (const format of ['PNG', 'CSV']) {
        const link = row.getByRole('link', { name: format, exact: true });
        const response = await request.get((await link.getAttribute('href'))!);
        expect(response.status()).toBe(200);
        const body = await response.body();
        const shown = (await link.locator('xpath=following-sibling::span[1]').textContent())!;
        const kb = /([\d.]+) KB/.exec(shown);
        if (kb) expect(Math.abs(body.length / 1024 - Number(kb[1]))).toBeLessThan(0.06);
        else expect(shown).toContain(String(body.length));
        if (format === 'PNG') expect(pngSize(body).width).toBe(2400);
      }
      await expect(row.locator('details.chart__embed code')).toContainText('<iframe src="http://localhost:4321');
    }
  }
});

test('the fact sheet prints on one or two A4 pages, in each language', async ({ page }) => {
  for (const [path, title] of [['/press/fact-sheet/', '政策简报：西城区推进碳达峰实施方案'], ['/en/press/fact-sheet/', 'Fact sheet: Xicheng District Implementation Plan for Advancing Carbon Peaking']]) {
    const pdf = await pdfOf(page, path);
    expect(pdf.pages, path).toBeGreaterThanOrEqual(1);
    expect(pdf.pages, path).toBeLessThanOrEqual(2);
    expect(pdf.text).toContain(normalised(title));
    // No navigation or buttons in print.
    expect(pdf.text).not.toContain(normalised(path.startsWith('/en/') ? 'Print / save as PDF' : '打印 / 存为 PDF'));
  }
});

test('a citation is copied exactly as shown, and the result is announced', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/press/');
  const line = page.locator('.citation-line').first();
  const shown = (await line.locator('.citation-line__text').textContent())!;
  expect(shown).toMatch(/^People’s Government of Xicheng District, Beijing\. .*\[EB\/OL\]/);
  await line.getByRole('button', { name: 'Copy citation: GB/T 7714, The plan' }).click();
  await expect(line.getByRole('status')).toHaveText('Copied to clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
});

test('an unconfigured press contact is left out: no section, no link, no configuration key in front of readers', async ({ page }) => {
  for (const path of ['/press/', '/en/press/']) {
    await page.goto(path);
    await expect(page.locator('#contact')).toHaveCount(0);
    await expect(page.locator('a[href="#contact"]')).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('press-contact.json');
    await expect(page.locator('a[href^="tel:"], a[href^="mailto:"]')).toHaveCount(0);
  }
});

test.describe(`the event banner, in a build made as of Low-Carbon Day 2024 (${SUBPATH_BUILD_DATE})`, () => {
  let served: Awaited<ReturnType<typeof serveBuild>>;
  test.beforeAll(async () => {
    served = await serveBuild({ dir: SUBPATH_BUILD.dir, base: SUBPATH_BUILD.base });
  });
  test.afterAll(async () => {
    await served.close();
  });
  test('links the day and the week, the day first', async ({ page }) => {
    for (const [lang, names] of [['', ['全国低碳日 2024', '全国节能宣传周 2024']], ['en/', ['National Low-Carbon Day 2024', 'National Energy Conservation Week 2024']]] as const) {
      await page.goto(`${served.url}${lang}`);
      const banner = page.locator('aside.event-banner');
      await expect(banner.getByRole('link')).toHaveText([...names]);
      await banner.getByRole('link').first().click();
      await expect(page).toHaveURL(`${served.url}${lang}press/showcases/2024-low-carbon-day/`);
    }
  });
});
