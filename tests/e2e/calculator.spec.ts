import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { wcagViolations } from './support/axe';
import { watchPage } from './support/page-audit';
import { PREVIEW_ORIGIN } from '../support/built-site';
import { encodeClassCode } from '../../src/lib/learn/class-codes';

// The household calculator beyond its arithmetic (learn.spec.ts): household size and per-person
// results, the what-if column, entries kept in the browser, the printout, class codes and the
// teacher's class page, in both languages, by keyboard, under the site's CSP, and offline.

const field = (page: Page, column: 'now' | 'whatif', id: string) => page.locator(`#calculator-${column}-${id}`);

/** The calculator starts at the first touch (hydrate-on-first-use.ts): touch it and wait, so later keystrokes reach React. */
async function startCalculator(page: Page) {
  await field(page, 'now', 'electricity').focus();
  await expect(page.locator('[data-island="calculator"][data-mounted]')).toHaveCount(1);
}

test('by keyboard: household size, per-person inputs, per-person results, and an error summary that leads to the field', async ({ page }) => {
  const watch = await watchPage(page, PREVIEW_ORIGIN);
  await page.goto('/en/learn/calculator/');
  await startCalculator(page);
  await page.locator('#calculator-now-householdSize').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('4');
  await page.keyboard.press('Tab'); // the electric-heating check box
  await page.keyboard.press('Tab');
  await expect(field(page, 'now', 'electricity')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('200');
  await field(page, 'now', 'rail').fill('100');
  // Household: 1,287.84 + 4 × 208 = 2,119.84; per person 529.96.
  await expect(page.locator('.calculator__total').nth(0)).toHaveText('About 2,120 kg of CO₂ a year for the household (about 2.1 tonnes)');
  await expect(page.locator('.calculator__total').nth(1)).toHaveText('About 530 kg of CO₂ a year per person (about 0.5 tonnes)');
  await expect(page.locator('.calculator__inputs').getByText('Metro and rail (km per week, per person)')).toBeVisible();
  await expect(page.locator('.calculator__inputs').getByText('Electricity (kWh per month, per household)')).toBeVisible();
  const transport = page.locator('.calculator__table tbody tr').nth(3);
  await expect(transport.locator('td').nth(0)).toHaveText('832');
  await expect(transport.locator('td').nth(1)).toHaveText('208');

  await field(page, 'now', 'householdSize').fill('11');
  await expect(field(page, 'now', 'householdSize')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'now', 'householdSize')).toHaveAccessibleDescription(/1 to 10.*Enter a number from 1 to 10\./);
  const summaryLink = page.locator('.calculator__error-summary a');
  await expect(summaryLink).toHaveText('People living in your home: Enter a number from 1 to 10.');
  await summaryLink.focus();
  await page.keyboard.press('Enter');
  await expect(field(page, 'now', 'householdSize')).toBeFocused();
  expect(await wcagViolations(page)).toEqual([]);

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('4');
  await field(page, 'now', 'electric-heating').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.calculator__guidance')).toContainText('winter bills include the heating');
  await field(page, 'now', 'heating').fill('60');
  await expect(page.locator('.calculator__warning')).toContainText('counted twice');
  expect(watch.takeEvents()).toEqual([]);
});

test('a what-if column shows the difference and the change in per cent, per household and per person', async ({ page }) => {
  await page.goto('/en/learn/calculator/');
  await startCalculator(page);
  await field(page, 'now', 'electricity').fill('200');
  await field(page, 'now', 'householdSize').fill('2');
  await page.getByRole('button', { name: 'Compare with a what-if' }).click();
  await expect(field(page, 'whatif', 'householdSize')).toBeFocused();
  await expect(field(page, 'whatif', 'electricity')).toHaveValue('200');
  await field(page, 'whatif', 'electricity').fill('150');
  const rows = page.locator('.calculator__what-if tbody tr');
  // Electricity 1,287.84 → 965.88: −321.96, −25%; per person −160.98.
  // The true minus sign (U+2212), as docs/english-style.md asks of tables.
  await expect(rows.nth(0)).toHaveText(/Electricity\s*1,288\s*966\s*−322\s*−25%/);
  await expect(rows.nth(4)).toHaveText(/Total for the household\s*1,288\s*966\s*−322\s*−25%/);
  await expect(rows.nth(5)).toHaveText(/Per person\s*644\s*483\s*−161\s*−25%/);
  await expect(rows.nth(1)).toHaveText(/Gas\s*0\s*0\s*0\s*—/);
  expect(await wcagViolations(page)).toEqual([]);
  // Phone width: the two columns stack, nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await page.getByRole('button', { name: 'Close the what-if' }).click();
  await expect(page.locator('.calculator__what-if')).toHaveCount(0);
});

for (const { path, reloadText, clear, cleared } of [
  { path: '/en/learn/calculator/', reloadText: 'About 1,288 kg of CO₂ a year for the household', clear: 'Clear my data', cleared: 'removed from this browser' },
  { path: '/learn/calculator/', reloadText: '全家每年约1,288千克二氧化碳', clear: '清除我的数据', cleared: '已从这个浏览器中删除' },
]) {
  test(`entries are kept in this browser only, restored on reload and cleared on request (${path})`, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(path);
    await startCalculator(page);
    await field(page, 'now', 'electricity').fill('200');
    await field(page, 'now', 'householdSize').fill('3');
    await page.getByRole('button', { name: /what-if|比较另一种情况/ }).click();
    await field(page, 'whatif', 'gas').fill('abc');
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('xicheng-carbon-portal:household-calculator')))!);
    expect(saved).toMatchObject({ version: 1, now: { householdSize: '3', quantities: { electricity: '200' } }, whatIf: { quantities: { gas: 'abc' } } });
    // Typing sends nothing: every request was for the site's own files.
    expect(requests.filter((u) => !u.startsWith(PREVIEW_ORIGIN))).toEqual([]);

    await page.reload();
    // Saved entries hydrate the calculator at once, without waiting for a touch.
    await expect(page.locator('[data-island="calculator"][data-mounted]')).toHaveCount(1);
    await expect(field(page, 'now', 'electricity')).toHaveValue('200');
    await expect(field(page, 'now', 'householdSize')).toHaveValue('3');
    await expect(field(page, 'whatif', 'gas')).toHaveValue('abc');
    await expect(field(page, 'whatif', 'gas')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.calculator__total').first()).toContainText(reloadText);

    await page.getByRole('button', { name: clear }).click();
    await expect(page.locator('.calculator__data [role="status"]')).toContainText(cleared);
    await expect(field(page, 'now', 'electricity')).toHaveValue('0');
    expect(await page.evaluate(() => localStorage.getItem('xicheng-carbon-portal:household-calculator'))).toBeNull();
    await page.reload();
    await expect(field(page, 'now', 'electricity')).toHaveValue('0');
    await expect(field(page, 'whatif', 'gas')).toHaveCount(0);
  });
}

test('the printout shows the entries, the results, the factors’ dataset and version, and the date, on A4', async ({ page }) => {
  await page.goto('/en/learn/calculator/');
  await startCalculator(page);
  await field(page, 'now', 'electricity').fill('200');
  await field(page, 'now', 'householdSize').fill('2');
  await page.emulateMedia({ media: 'print' });
  const printout = page.locator('.calculator__print');
  await expect(printout).toBeVisible();
  await expect(printout).toContainText('Household carbon estimate');
  await expect(printout).toContainText(/Printed on \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expect(printout).toContainText('Electricity (kWh per month, per household)200');
  await expect(printout).toContainText('About 1,288 kg of CO₂ a year for the household');
  await expect(printout).toContainText('About 644 kg of CO₂ a year per person');
  await expect(printout).toContainText(/Emission factors: “.+” \(version \d+\.\d+\.\d+\)\./);
  await expect(printout).toContainText('Ministry of Ecology and Environment');
  await expect(field(page, 'now', 'electricity')).toBeHidden();
  await expect(page.locator('.calculator__table')).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // The page's CSS asks for A4 (about 595 × 842 points; Chromium's default paper is Letter, 612 × 792).
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
});

test('a class code and its QR code hold only the rounded per-person result and size band, the same in both languages', async ({ page }) => {
  test.setTimeout(60_000);
  const watch = await watchPage(page, PREVIEW_ORIGIN);
  const codes: string[] = [];
  for (const [path, make] of [['/en/learn/calculator/', 'Make my class code'], ['/learn/calculator/', '生成我的代码']] as const) {
    await page.goto(path);
    await page.evaluate(() => localStorage.clear());
    await startCalculator(page);
    await field(page, 'now', 'electricity').fill('200');
    await field(page, 'now', 'householdSize').fill('3');
    await page.getByRole('button', { name: make }).click();
    const code = (await page.locator('.calculator__code').textContent())!;
    codes.push(code);
    const qr = page.locator('img.calculator__qr');
    await expect(qr).toBeVisible();
    await expect(qr).toHaveAttribute('alt', new RegExp(code));
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
  }
  // 1,287.84 kg ÷ 3 = 429.28 → 430 kg, band 3–4.
  expect(codes[0]).toBe(encodeClassCode(430, 3));
  expect(codes[1]).toBe(codes[0]);
  expect(watch.takeEvents()).toEqual([]);
});

const classCodes = [1200, 1850, 900, 2400, 1500, 3100].map((kg, i) => encodeClassCode(kg, [1, 3, 4, 5, 2, 7][i]!));

for (const { path, show, refusedReason, median, csvHeader, band, tooFew } of [
  { path: '/en/learn/calculator/class/', show: 'Show class results', refusedReason: 'wrong character or two swapped', median: '1,675 kg CO₂ a year', csvHeader: 'Per person (kg CO₂ a year),Household size', band: '900,3–4 people', tooFew: 'at least 5 valid codes' },
  { path: '/learn/calculator/class/', show: '显示全班结果', refusedReason: '有字符写错或两个字符顺序颠倒', median: '每年1,675千克二氧化碳', csvHeader: '人均年排放（千克二氧化碳）,家庭人数', band: '900,3至4人', tooFew: '至少需要5个有效代码' },
]) {
  test(`the class page reads pasted codes into an anonymous histogram, summary and CSV (${path})`, async ({ page }) => {
    const watch = await watchPage(page, PREVIEW_ORIGIN);
    await page.goto(path);
    const box = page.getByRole('textbox');
    // Too few codes: nothing about the class is shown.
    await box.fill(classCodes.slice(0, 4).join('\n'));
    await page.getByRole('button', { name: show }).click();
    await expect(page.locator('.class-results__too-few')).toContainText(tooFew);
    await expect(page.locator('.class-results__chart')).toHaveCount(0);

    const typo = classCodes[0]!.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    await box.fill(`${classCodes.slice(0, 3).join(' ')}\n${classCodes.slice(3).map((c) => c.toLowerCase()).join('\n')}\n${typo}\nhello`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('.class-results__status')).toContainText(/6.*2/);
    const refused = page.locator('.class-results__refused li');
    await expect(refused).toHaveCount(2);
    await expect(refused.first()).toContainText(typo);
    await expect(refused.first()).toContainText(refusedReason);
    await expect(page.locator('.class-results__summary')).toContainText(median);
    await expect(page.locator('.class-results__chart')).toHaveAttribute('role', 'img');
    // 900 … 3,100 kg in 500 kg bins: 500–1,000: 1; 1,000–1,500: 1; 1,500–2,000: 2; 2,000–2,500: 1; 2,500–3,000: 0; 3,000–3,500: 1.
    const counts = await page.locator('.class-results__table tbody td').allTextContents();
    expect(counts).toEqual(['1', '1', '2', '1', '0', '1']);
    expect(await wcagViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('class-results.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(csvHeader);
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe(band);
    expect(watch.takeEvents()).toEqual([]);
  });
}

test('after one visit the class page works offline, with codes from either language', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto('/en/learn/');
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  await expect(page.locator('[data-offline-ready]')).toBeVisible({ timeout: 30_000 });
  await context.setOffline(true);
  await page.goto('/en/learn/calculator/class/');
  await page.getByRole('textbox').fill(classCodes.join('\n'));
  await page.getByRole('button', { name: 'Show class results' }).click();
  await expect(page.locator('.class-results__summary')).toContainText('1,675');
  await page.goto('/en/learn/calculator/');
  await startCalculator(page);
  await field(page, 'now', 'electricity').fill('200');
  await expect(page.locator('.calculator__total').first()).toContainText('1,288');
  await context.setOffline(false);
});
