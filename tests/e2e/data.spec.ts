import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';

// The open data catalogue: every listed file downloads, and its size and sha256 are the truth.
test('every file in the catalogue downloads with the size and sha256 it lists', async ({ page, request }) => {
  await page.goto('/en/data/');
  const files = await page.locator('.dataset__files li').evaluateAll((items) =>
    items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, sha: li.querySelector('code')!.textContent!.trim(), size: li.querySelector('.note')!.textContent! })),
  );
  expect(files.length).toBeGreaterThanOrEqual(6);
  for (const f of files) {
    const body = await (await request.get(f.href)).body();
    expect(createHash('sha256').update(body).digest('hex'), f.href).toBe(f.sha);
    expect(f.size.replace(/\D/g, ''), f.href).toBe(String(body.length));
  }
});

test('latest.json is the newest version, and the CSV opens in Excel as UTF-8', async ({ request }) => {
  const latest = await (await request.get('/data/plan-targets/latest.json')).json();
  const versioned = await (await request.get(`/data/plan-targets/${latest.version}.json`)).json();
  expect(latest).toEqual(versioned);
  const csv = await (await request.get('/data/plan-targets/latest.csv')).body();
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toContain('条款 / Measure');
});

test('the catalogue gives a citation with the version', async ({ page }) => {
  await page.goto('/data/');
  await expect(page.locator('#plan-targets .dataset__cite')).toContainText('：版本1.1.0[DS/OL]');
  await expect(page.locator('#plan-targets')).toContainText('根据方案整理');
});
