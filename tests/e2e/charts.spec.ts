import { test, expect, type Page } from '@playwright/test';
import { pngSize } from '../support/png-size';

// The chart component on the targets tracker and the embed pages: drawn lazily, toggled by
// keyboard, downloadable as PNG and CSV, and complete as a table without JavaScript.
const figure = (page: Page, id: string) => page.locator(`#chart-${id}`);

test('a chart is drawn when it scrolls into view, and the table is one keypress away', async ({ page }) => {
  await page.goto('/targets/');
  const chart = figure(page, 'measures-per-department');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('canvas')).toBeVisible();
  await expect(chart.locator('[data-chart-table]')).toBeHidden();
  const box = await chart.locator('canvas').boundingBox();
  expect(box!.height).toBeGreaterThan(200);

  const toggle = chart.getByRole('button', { name: '显示表格' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(chart.locator('[data-chart-table]')).toBeVisible();
  await expect(chart.locator('canvas')).toBeHidden();
  await expect(chart.getByRole('button', { name: '显示图表' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(chart.locator('canvas')).toBeVisible();
});

test('Chart.js loads only on pages with a chart, and only once it is needed', async ({ page }) => {
  const chartScripts: string[] = [];
  page.on('request', (r) => r.url().includes('render-chart') && chartScripts.push(r.url()));
  await page.goto('/plan/');
  await page.goto('/measures/7/');
  expect(chartScripts).toEqual([]);
  await page.goto('/targets/');
  await figure(page, 'targets-by-deadline').scrollIntoViewIfNeeded();
  await expect(figure(page, 'targets-by-deadline').locator('canvas')).toBeVisible();
  expect(chartScripts).toHaveLength(1);
});

test('the PNG download is drawn at build time, with the title and source line, in the page language', async ({ page, request }) => {
  await page.goto('/en/targets/');
  const chart = figure(page, 'measures-per-category');
  const link = chart.getByRole('link', { name: 'Download image (PNG)' });
  await expect(link).toHaveAttribute('href', '/charts/measures-per-category.en.png');
  await expect(link).toHaveAttribute('download', '');
  const response = await request.get('/charts/measures-per-category.en.png');
  expect(response.headers()['content-type']).toBe('image/png');
  const { width, height } = pngSize(await response.body());
  // 1200 CSS pixels at 2×; the chart area alone is 60 + 7 × 34 px tall, and title and source add more.
  expect(width).toBe(2400);
  expect(height).toBeGreaterThan(2 * (60 + 7 * 34 + 100));
});

test('download CSV holds exactly the numbers in the table', async ({ page, request }) => {
  await page.goto('/en/targets/');
  const chart = figure(page, 'targets-by-deadline');
  const tableRows = await chart.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th')!.textContent!.trim(), r.querySelector('td')!.textContent!.trim()]));
  const href = await chart.getByRole('link', { name: 'Download data (CSV)' }).getAttribute('href');
  const response = await request.get(href!);
  expect(response.headers()['content-type']).toContain('text/csv');
  const body = await response.text();
  expect(body.charCodeAt(0)).toBe(0xfeff);
  const lines = body.slice(1).trimEnd().split('\r\n').slice(1).map((l) => l.split(','));
  expect(lines.map((cells) => [cells[1], cells[2]])).toEqual(tableRows);
});

test('the embed page shows the chart, its source and a link back', async ({ page }) => {
  await page.goto('/en/embed/measures-per-category/');
  await expect(page.locator('header.site-header')).toHaveCount(0);
  await expect(figure(page, 'measures-per-category').locator('canvas')).toBeVisible();
  await expect(page.locator('.chart__source')).toContainText('(version 1.1.0)');
  await expect(page.getByRole('link', { name: /See it on the portal/ })).toHaveAttribute('href', '/en/targets/#chart-measures-per-category');
  await page.goto('/targets/');
  const snippet = await figure(page, 'measures-per-category').locator('.chart__embed code').textContent();
  expect(snippet).toContain('src="http://localhost:4321/embed/measures-per-category/"');
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart is a captioned table with its CSV link', async ({ page }) => {
    await page.goto('/targets/');
    const charts = page.locator('figure[data-chart]');
    await expect(charts).toHaveCount(3);
    for (const chart of await charts.all()) {
      await expect(chart.locator('table')).toBeVisible();
      await expect(chart.locator('[data-chart-toolbar]')).toBeHidden();
      await expect(chart.locator('canvas')).toBeHidden();
      await expect(chart.locator('.chart__source')).toContainText(/（版本\d+\.\d+\.\d+）/);
      await expect(chart.getByRole('link', { name: '下载数据（CSV）' })).toBeVisible();
    }
    await expect(page.locator('table.targets tbody tr')).toHaveCount(15);
    await expect(page.locator('table.targets')).toContainText('尚无公开的官方进展数据');
  });
});
