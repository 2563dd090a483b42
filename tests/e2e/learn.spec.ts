import { test, expect } from '@playwright/test';
import { wcagViolations } from './support/axe';
import { normalised, printedPdf } from './support/pdf-text';
import { builtPages } from '../support/built-site';

// The learning centre: lessons and their printouts, the glossary, the quiz and calculator islands
// (by keyboard, and without JavaScript), and offline use through the service worker.
const lessons = builtPages().filter((p) => /^(\/en)?\/learn\/[^/]+\/$/.test(p) && !/\/(glossary|quiz|calculator|curriculum|materials)\/$/.test(p));
/** The pupil's (基础) worksheet's name line: the extension worksheet on the page has its own. */
const NAME_LINE = '.worksheet:not(.worksheet--advanced) .worksheet__fields';

test('the lesson list groups by band and filters by band, subject and length', async ({ page }) => {
  await page.goto('/en/learn/');
  for (const band of ['Primary school', 'Junior secondary school', 'Senior secondary school']) {
    await expect(page.getByRole('heading', { name: band, level: 3 })).toBeVisible();
  }
  const cards = page.locator('.entry-card');
  const total = await cards.count();
  const junior = await page.locator('section:has(#band-junior) .entry-card').count();
  const twoPeriods = await cards.filter({ hasText: '2 × ' }).count();
  expect(junior).toBeGreaterThanOrEqual(2);
  expect(twoPeriods).toBeGreaterThanOrEqual(1);
  await page.getByLabel('Grade band').selectOption('junior');
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  await expect(cards.locator('visible=true')).toHaveCount(junior);
  await expect(page.getByRole('heading', { name: 'Primary school' })).toBeHidden();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(cards.locator('visible=true')).toHaveCount(total);
  await page.getByLabel('Length').selectOption('longer');
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  await expect(cards.locator('visible=true')).toHaveCount(twoPeriods);
  for (const card of await cards.locator('visible=true').all()) await expect(card).toContainText('2 × ');
});

test('a lesson links the exact measures it teaches, in the plan and on their pages', async ({ page }) => {
  await page.goto('/en/learn/green-trip-to-school/');
  const links = page.locator('.measure-deep-links a');
  await expect(links.first()).toHaveAttribute('href', '/en/measures/3/');
  await expect(page.locator('.measure-deep-links a[href="/en/plan/#measure-14"]')).toHaveCount(1);
  for (const section of ['Printable materials', 'Curriculum standards and textbooks', 'Learning objectives', 'Key points and difficulties', 'Materials', 'Activities', 'Board plan', 'Discussion questions', 'Answer key']) {
    await expect(page.getByRole('heading', { name: section, exact: true })).toBeVisible();
  }
  await page.goto('/en/measures/14/');
  await expect(page.locator('#lessons ~ ul a[href="/en/learn/green-trip-to-school/"]')).toHaveCount(1);
});

/** Prints the lesson as its button would ("worksheet" or "teacher"), or as the browser menu would. */
async function printLesson(page: import('@playwright/test').Page, mode?: 'worksheet' | 'teacher') {
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate((m) => {
    if (m) document.body.dataset.print = m;
    else delete document.body.dataset.print;
    window.dispatchEvent(new Event('beforeprint'));
  }, mode);
  return printedPdf(page);
}

// Every lesson's pupil worksheet prints on one or two pages, alone; the teacher copy (the same
// template for every lesson) is printed in full for the longest lesson in each language.
for (const path of lessons) {
  test(`print ${path}: a 1–2 page pupil worksheet, without the key`, async ({ page }) => {
    await page.goto(path);
    const answerHeading = normalised((await page.locator('#answer-key-title').textContent())!);
    const worksheetHeading = normalised((await page.locator('#worksheet-title').textContent())!);
    const nameLine = normalised((await page.locator(NAME_LINE).textContent())!);
    const objectives = normalised((await page.locator('#objectives').textContent())!);
    const pupils = await printLesson(page, 'worksheet');
    expect(pupils.pages).toBeLessThanOrEqual(2);
    const sheet = pupils.text.join('');
    expect(sheet).toContain(worksheetHeading);
    expect(sheet).toContain(nameLine);
    expect(sheet).not.toContain(answerHeading);
    expect(sheet).not.toContain(objectives.slice(0, 20));
  });
}

for (const path of ['/learn/carbon-markets-and-sinks/', '/en/learn/reading-a-policy-document/']) {
  test(`print ${path}: the teacher copy, with the answer key on its own last page and no site addresses`, async ({ page }) => {
    await page.goto(path);
    const title = (await page.locator('h1').textContent())!;
    const answerHeading = normalised((await page.locator('#answer-key-title').textContent())!);
    const nameLine = normalised((await page.locator(NAME_LINE).textContent())!);
    const teacher = await printLesson(page, 'teacher');
    expect(teacher.pages).toBeGreaterThanOrEqual(3);
    // The whole 教学设计 (curriculum, objectives, process with purposes, board plan, both worksheets' key).
    expect(teacher.pages).toBeLessThanOrEqual(20);
    expect(teacher.text[0]).toContain(normalised(title));
    // No navigation, search or buttons on paper, and no addresses of the site's own pages.
    const all = teacher.text.join('');
    expect(all).not.toContain(normalised(path.startsWith('/en/') ? 'Print the pupil worksheet' : '打印学生练习单'));
    expect(teacher.text[0]).not.toContain(normalised(path.startsWith('/en/') ? 'Open data' : '开放数据'));
    await page.emulateMedia({ media: 'print' });
    const printedAddresses = await page.locator('.lesson a[href^="/"], .lesson a[href^="#"]').evaluateAll((links) =>
      links.map((a) => getComputedStyle(a, '::after').content).filter((c) => c !== 'none' && c !== 'normal' && c !== ''),
    );
    expect(printedAddresses, 'internal links print as their text alone').toEqual([]);
    const keyPage = teacher.text.findIndex((p) => p.includes(answerHeading));
    expect(keyPage, 'the answer key is printed').toBeGreaterThan(0);
    expect(teacher.text[keyPage]!.indexOf(answerHeading) < 40, 'the answer key starts its page').toBe(true);
    expect(teacher.text.slice(keyPage).join('')).not.toContain(nameLine);
  });
}

test('printing from the browser menu leaves the answer key out; external links become numbered notes', async ({ page }) => {
  await page.goto('/learn/carbon-markets-and-sinks/');
  const answerHeading = normalised((await page.locator('#answer-key-title').textContent())!);
  // Add a link outside the site as an author would, at the end of the background text: it gets
  // the next note number after the lesson's own external links (its sources, the curriculum notices).
  const before = await page.locator('.lesson a[href^="http"]').count();
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), { href: 'https://www.beijing.gov.cn/example', textContent: '北京市政府网站' });
    document.querySelector('.lesson .prose')!.append(link);
  });
  const { text } = await printLesson(page);
  const all = text.join('');
  expect(all).not.toContain(answerHeading);
  const note = await page.locator('.lesson a[href="https://www.beijing.gov.cn/example"]').getAttribute('data-note');
  expect(Number(note)).toBeGreaterThanOrEqual(1);
  expect(Number(note)).toBeLessThanOrEqual(before + 1);
  expect(all).toContain(normalised(`北京市政府网站[${note}]`));
  expect(all).toContain(normalised(`${note}.https://www.beijing.gov.cn/example`));
  expect(all).toContain(normalised('文中链接'));
});

test('the glossary has 30+ terms with stable anchors, linked from the measures they appear in', async ({ page }) => {
  await page.goto('/learn/glossary/');
  expect(await page.locator('.glossary__entry > h3[id]').count()).toBeGreaterThanOrEqual(30);
  // The plan's terms and the climate science behind them are two groups; learning terms are not the plan's words.
  await expect(page.locator('#plan-terms ~ .glossary__entry #carbon-peaking')).toHaveCount(1);
  await expect(page.locator('#climate-science')).toHaveText('科学知识');
  await expect(page.locator('#climate-science ~ .glossary__entry #greenhouse-effect')).toHaveCount(1);
  await expect(page.locator('.glossary__entry:has(#greenhouse-effect) .glossary__simple')).toContainText('小学版');
  await expect(page.locator('#sulphur-hexafluoride dfn')).toHaveText('六氟化硫');
  await expect(page.locator('#sulphur-hexafluoride .glossary__other')).toHaveText('sulphur hexafluoride (SF₆)');
  await page.goto('/en/measures/18/');
  await page.locator('#terms ~ ul').getByRole('link', { name: 'sulphur hexafluoride (SF₆)' }).click();
  await expect(page).toHaveURL('/en/learn/glossary/#sulphur-hexafluoride');
  await expect(page.locator('#sulphur-hexafluoride')).toBeInViewport();
});

test('the quiz works by keyboard: feedback in a live region, then the score', async ({ page }) => {
  await page.goto('/en/learn/quiz/junior/');
  await expect(page.locator('.quiz-static')).toBeHidden();
  const first = page.locator('.quiz__question').first();
  const radios = first.getByRole('radio');
  await radios.first().focus();
  await page.keyboard.press('ArrowDown'); // option B, the right answer to the first question
  await expect(radios.nth(1)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(first.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  const feedback = first.getByRole('status');
  await expect(feedback).toContainText('Correct.');
  await expect(first.locator('.quiz__result')).toBeFocused(); // focus moves to the feedback
  await expect(feedback.getByRole('link')).toHaveAttribute('href', '/en/plan/#main-goals');
  await expect(radios.first()).toBeDisabled();

  const second = page.locator('.quiz__question').nth(1);
  await second.getByRole('button', { name: 'Check answer' }).click();
  await expect(second.getByRole('status')).toContainText('Choose an answer first.');
  expect(await wcagViolations(page)).toEqual([]);

  const questions = page.locator('.quiz__question');
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(10);
  for (let i = 1; i < count; i++) {
    await questions.nth(i).getByRole('radio').first().check();
    await questions.nth(i).getByRole('button', { name: 'Check answer' }).click();
  }
  await expect(page.locator('.quiz__score')).toContainText(/All done: \d+ of \d+ correct \(\d+%\)\./);
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.locator('.quiz__score')).toContainText(`Answered 0 of ${count}.`);
  await expect(radios.first()).toBeFocused();
});

test('the calculator gives exact results, refuses bad input clearly, and never shows NaN', async ({ page }) => {
  await page.goto('/en/learn/calculator/');
  const field = (name: RegExp) => page.getByRole('textbox', { name });
  await field(/^Electricity/).fill('200');
  await field(/^Metro and rail/).fill('100');
  // 200 × 12 × 0.5366 = 1,287.84; 100 × 52 × 0.04 = 208; total 1,495.84 → "1,496"
  await expect(page.locator('.calculator__total').first()).toHaveText('About 1,496 kg of CO₂ a year for the household (about 1.5 tonnes)');
  const rows = page.locator('.calculator__table tbody tr');
  await expect(rows.nth(0)).toContainText('1,288');
  await expect(rows.nth(3)).toContainText('208');
  await expect(rows.nth(3).getByRole('link', { name: 'Measure 14' })).toHaveAttribute('href', '/en/measures/14/');
  await expect(page.locator('.calculator__illustrative')).toContainText('illustrative');

  for (const [input, message] of [['-3', 'This cannot be negative.'], ['abc', 'Enter digits only'], ['', 'Enter a number; enter 0 if none.'], ['99999999', 'That is too large']]) {
    await field(/^Piped natural gas/).fill(input);
    await expect(field(/^Piped natural gas/)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.calculator__error').first()).toContainText(message);
    await expect(page.locator('.calculator__result [role="status"]')).toContainText('still to correct');
  }
  expect(await wcagViolations(page)).toEqual([]);
  expect(await page.locator('main').textContent()).not.toMatch(/NaN|Infinity|undefined/);
  await field(/^Piped natural gas/).fill('０');
  await expect(page.locator('.calculator__total').first()).toContainText('1,496');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the quiz is a list with answers in details, the calculator its method and factors', async ({ page }) => {
    await page.goto('/learn/quiz/junior/');
    await expect(page.locator('.quiz-static > ol > li')).toHaveCount(13);
    await expect(page.locator('[data-island="quiz"]')).toBeHidden();
    const details = page.locator('.quiz-static details').first();
    await details.locator('summary').click();
    await expect(details).toContainText('2030');
    await page.goto('/learn/calculator/');
    await expect(page.locator('.island-no-script')).toContainText('计算器需要启用JavaScript');
    await expect(page.locator('[data-island="calculator"]')).toBeHidden();
    await expect(page.locator('.calculator-factors tbody tr')).toHaveCount(7);
    await expect(page.locator('.calculator-factors')).toContainText('0.5366');
  });
});

test('after one visit the learning centre and its search work offline', async ({ page, context }) => {
  await page.goto('/learn/');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  // The page says it is available offline only once the worker has installed.
  await expect(page.locator('[data-offline-ready]')).toBeVisible();
  await context.setOffline(true);
  await page.goto('/learn/energy-detectives/');
  await expect(page.locator('h1')).toHaveText('节能小侦探');
  await page.goto('/learn/glossary/');
  await expect(page.locator('#carbon-peaking')).toBeVisible();
  await page.goto(`/search/?q=${encodeURIComponent('光伏')}`);
  await expect(page.locator('.search-result h2 a').first()).toBeVisible({ timeout: 15_000 });
  await context.setOffline(false);
});
