import { test, expect, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { wcagViolations } from './support/axe';
import { normalised } from './support/pdf-text';

// The quiz banks by grade band: choosing a band (with and without JavaScript), projector mode by
// keyboard and buttons, and the printed A/B pupil sheets with their separate answer key.

/** The page printed as the browser would, at the paper size its own CSS asks for: each page's size in points and text. */
async function printAsStyled(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const sizes = await Promise.all(Array.from({ length: document.numPages }, async (_, i) => (await document.getPage(i + 1)).view.slice(2).map(Math.round)));
  const { text } = await extractText(document, { mergePages: false });
  return { sizes, text: (text as string[]).map(normalised) };
}
const A4 = [595, 842]; // 210 × 297 mm in points

test('the quiz page offers three banks; a band is chosen by plain links', async ({ page }) => {
  await page.goto('/en/learn/quiz/');
  for (const band of ['Primary school', 'Junior secondary school', 'Senior secondary school']) {
    await expect(page.getByRole('heading', { name: `${band} quiz`, level: 2 })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Primary school quiz' }).click();
  await expect(page).toHaveURL('/en/learn/quiz/primary/');
  const bands = page.getByRole('navigation', { name: 'Choose a grade band' });
  await expect(bands.getByRole('link', { name: 'Primary school' })).toHaveAttribute('aria-current', 'page');
  // A picture item: each option is a drawn picture with its text alternative, then its words.
  const pictures = page.locator('.quiz__question').nth(1).getByRole('img');
  await expect(pictures).toHaveCount(3);
  await expect(pictures.first()).toHaveAccessibleName('solar panels on a roof');
  await bands.getByRole('link', { name: 'Senior secondary school' }).click();
  await expect(page).toHaveURL('/en/learn/quiz/senior/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Senior secondary school quiz');
  await expect(page.locator('.quiz__question legend', { hasText: 'Which wording matches the Main Goals of the plan exactly?' })).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
});

test('a picture item answered by keyboard gets its feedback read out', async ({ page }) => {
  await page.goto('/learn/quiz/primary/');
  const item = page.locator('.quiz__question').nth(1);
  await item.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(item.getByRole('status')).toContainText('回答正确');
  await expect(item.locator('.quiz__result')).toBeFocused();
  await expect(page.locator('.quiz__score')).toContainText('已答1题，共13题');
});

test('projector mode pages by keyboard and buttons, and reveals the answer on demand', async ({ page }) => {
  await page.goto('/en/learn/quiz/junior/projector/');
  const items = page.locator('[data-projector-item]');
  const total = await items.count();
  expect(total).toBeGreaterThanOrEqual(12);
  await expect(items.locator('visible=true')).toHaveCount(1);
  await expect(items.nth(0)).toBeVisible();
  await expect(page.locator('[data-projector-position]')).toHaveText(`Question 1 of ${total}`);
  const reveal = page.getByRole('button', { name: 'Show the answer' });
  await expect(items.nth(0).locator('[data-projector-correct]')).toBeHidden();
  expect(await wcagViolations(page)).toEqual([]);

  await page.keyboard.press('ArrowRight');
  await expect(items.nth(1)).toBeVisible();
  await expect(items.nth(0)).toBeHidden();
  await expect(page.locator('[data-projector-status]')).toHaveText(`Question 2 of ${total}`);
  await expect(page).toHaveURL(/#q-2$/);
  await page.keyboard.press(' ');
  await expect(items.nth(1).locator('[data-projector-correct]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide the answer' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('[data-projector-status]')).toContainText('Answer to question 2: C.');
  await page.keyboard.press('ArrowLeft');
  await expect(items.nth(0)).toBeVisible();
  await expect(reveal).toHaveAttribute('aria-expanded', 'false');

  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(items.nth(2)).toBeVisible();
  await page.keyboard.press('End');
  await expect(items.nth(total - 1)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.reload(); // the address keeps the question
  await expect(items.nth(total - 1)).toBeVisible();
  await expect(page.locator('[data-projector-position]')).toHaveText(`Question ${total} of ${total}`);
  const size = await items.nth(total - 1).locator('.projector__question').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(size, 'very large type on a projector-sized screen').toBeGreaterThanOrEqual(40);
});

for (const [band, lang] of [['primary', ''], ['senior', '/en']] as const) {
  test(`print ${lang}/learn/quiz/${band}/: A and B pupil sheets on A4 without answers, the key on its own page`, async ({ page }) => {
    test.setTimeout(120_000); // three PDFs, with CJK fonts
    const sheets: Record<string, { ids: string[]; text: string }> = {};
    for (const version of ['a', 'b']) {
      await page.goto(`${lang}/learn/quiz/${band}/print-${version}/`);
      const ids = await page.locator('.quiz-sheet__item').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.question!));
      const nameLine = normalised((await page.locator('.quiz-sheet__fields').textContent())!);
      const printed = await printAsStyled(page);
      expect(printed.sizes.every(([w, h]) => w === A4[0] && h === A4[1]), `A4 pages: ${JSON.stringify(printed.sizes)}`).toBe(true);
      expect(printed.sizes.length).toBeLessThanOrEqual(4);
      const text = printed.text.join('');
      expect(text).toContain(nameLine);
      expect(text).not.toContain(normalised(lang ? 'Answers to version' : '卷答案'));
      expect(text).not.toContain(normalised(lang ? 'Show the answer' : '查看答案'));
      expect(text).not.toContain(normalised(lang ? 'Print version' : '打印'));
      sheets[version] = { ids, text };
    }
    expect(sheets.a!.ids.length).toBeGreaterThanOrEqual(12);
    expect([...sheets.b!.ids].sort()).toEqual([...sheets.a!.ids].sort());
    expect(sheets.b!.ids, 'version B is in another order').not.toEqual(sheets.a!.ids);

    await page.goto(`${lang}/learn/quiz/${band}/key/`);
    for (const version of ['A', 'B']) {
      const rows = page.locator(`.quiz-key__version[data-version="${version}"] tbody tr`);
      const keyIds = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.question!));
      expect(keyIds, `key ${version} follows sheet ${version}`).toEqual(sheets[version.toLowerCase()]!.ids);
    }
    const letters = (version: string) => page.locator(`.quiz-key__version[data-version="${version}"] .quiz-key__letter`).allTextContents();
    expect(await letters('B'), 'answer letters differ between versions').not.toEqual(await letters('A'));
    const key = await printAsStyled(page);
    expect(key.sizes.every(([w, h]) => w === A4[0] && h === A4[1])).toBe(true);
    const keyText = key.text.join('');
    expect(keyText).toContain(normalised(lang ? 'Answers to version A' : 'A卷答案'));
    expect(keyText).toContain(normalised(lang ? 'Answers to version B' : 'B卷答案'));
    expect(keyText).not.toContain(normalised(lang ? 'Name:' : '姓名'));
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('bands are links; each bank is a list with answers in details; the projector lists every question', async ({ page }) => {
    await page.goto('/learn/quiz/');
    await page.getByRole('link', { name: '初中题库' }).click();
    await expect(page).toHaveURL('/learn/quiz/junior/');
    await expect(page.locator('[data-island="quiz"]')).toBeHidden();
    const list = page.locator('.quiz-static > ol > li');
    await expect(list).toHaveCount(13);
    await page.getByRole('navigation', { name: '选择学段' }).getByRole('link', { name: '高中' }).click();
    await expect(list).toHaveCount(12);
    const details = page.locator('.quiz-static details').first();
    await details.locator('summary').click();
    await expect(details).toContainText('持续保持全市最优水平');
    await page.goto('/learn/quiz/primary/projector/');
    await expect(page.locator('[data-projector-item]').locator('visible=true')).toHaveCount(13);
    await expect(page.locator('[data-projector-controls]')).toBeHidden();
  });
});
