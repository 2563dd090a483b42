import { test, expect, type Page } from '@playwright/test';
import { getDocumentProxy, extractText } from 'unpdf';
import { normalised } from './support/pdf-text';
import { builtPages, fileForUrlPath } from '../support/built-site';

// Lesson slides (/learn/<slug>/slides/): paging by keyboard with a counter and #n addresses, the
// place kept on reload, projector-sized type, handouts printed three to an A4 page, and every
// slide on one scrolling page without JavaScript. Structure, axe, CSP and phone widths are
// checked for every slides page by the site sweep.
const decks = builtPages().filter((p) => /^(\/en)?\/learn\/[^/]+\/slides\/$/.test(p));
const lessons = builtPages().filter((p) => /^(\/en)?\/learn\/[^/]+\/$/.test(p) && !/\/(glossary|quiz|calculator|curriculum|materials)\/$/.test(p));
const DECK = decks.find((p) => !p.startsWith('/en/'))!;
const counter = (page: Page) => page.locator('[data-deck-counter]');
const slides = (page: Page) => page.locator('[data-slide]');

test('every lesson has slides in both languages, linked back to the lesson', async ({ page }) => {
  expect(decks.length).toBeGreaterThanOrEqual(2);
  for (const lesson of lessons) expect(fileForUrlPath(`${lesson}slides/`), `${lesson}slides/`).toBeTruthy();
  await page.goto(DECK);
  await expect(page.getByRole('link', { name: '返回教学设计' })).toHaveAttribute('href', DECK.replace(/slides\/$/, ''));
});

test('slides page by keyboard, one at a time, with a polite counter and the slide in the address', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(DECK);
  const total = await slides(page).count();
  expect(total).toBeGreaterThan(8);
  await expect(counter(page)).toHaveText(`1 / ${total}`);
  await expect(page.locator('p:has([data-deck-counter])')).toHaveAttribute('aria-live', 'polite');
  await expect(slides(page).locator('visible=true')).toHaveCount(1);
  await expect(page.locator('h1')).toBeVisible();

  const steps: [string, number][] = [['ArrowRight', 2], ['PageDown', 3], ['Space', 4], ['ArrowLeft', 3], ['PageUp', 2], ['End', total], ['ArrowRight', total], ['Home', 1], ['ArrowLeft', 1]];
  for (const [key, n] of steps) {
    await page.keyboard.press(key);
    await expect(counter(page), `after ${key}`).toHaveText(`${n} / ${total}`);
    await expect(page.locator(`section[id="${n}"]`)).toBeVisible();
    await expect(slides(page).locator('visible=true')).toHaveCount(1);
  }
  await page.keyboard.press('End');
  expect(new URL(page.url()).hash).toBe(`#${total}`);
  await page.getByRole('button', { name: '上一张' }).click();
  await expect(counter(page)).toHaveText(`${total - 1} / ${total}`);
});

test('a reload or a shared #n address opens that slide', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${DECK}#3`);
  await expect(page.locator('section[id="3"]')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#4$/);
  await page.reload();
  await expect(counter(page)).toHaveText(new RegExp(`^4 / `));
  await expect(page.locator('section[id="4"]')).toBeVisible();
  await expect(slides(page).locator('visible=true')).toHaveCount(1);
});

test('projected at 1280 × 720, a slide is 16:9 on the screen with body text of at least 28 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const path of [`${DECK}#2`, `/en${DECK}#4`]) {
    await page.goto(path);
    const frame = page.locator('[data-slide][data-active] .slide__frame');
    const box = (await frame.boundingBox())!;
    const bar = (await page.locator('.slides-bar').boundingBox())!;
    expect(bar.y).toBe(0);
    expect(box.y).toBeGreaterThanOrEqual(bar.y + bar.height - 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(720.5);
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
    const size = await page.locator('[data-slide][data-active] li').first().evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
  }
});

test('printed as handouts: A4 pages, at least three slides a page, no speaker notes', async ({ page }) => {
  await page.goto(`${DECK}#5`);
  const total = await slides(page).count();
  const notes = normalised((await page.locator('.slide__notes p').first().textContent())!);
  await page.emulateMedia({ media: 'print' });
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
  expect(pdf.numPages).toBeLessThanOrEqual(Math.ceil(total / 3));
  const [x0, y0, x1, y1] = (await pdf.getPage(1)).view;
  expect([Math.round(x1! - x0!), Math.round(y1! - y0!)]).toEqual([595, 842]);
  const { text } = await extractText(pdf, { mergePages: false });
  const pages = (text as string[]).map(normalised);
  const headings = await page.locator('[data-slide] :is(h1, h2)').allTextContents();
  // Every slide is printed, the first three on the first page.
  for (const heading of headings.slice(0, 3)) expect(pages[0]).toContain(normalised(heading));
  expect(pages.join('')).toContain(normalised(headings.at(-1)!));
  expect(pages.join('')).not.toContain(notes.slice(0, 20));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every slide is on the page, one after another, with no paging controls', async ({ page }) => {
    await page.goto(`/en${DECK}`);
    const total = await slides(page).count();
    await expect(slides(page).locator('visible=true')).toHaveCount(total);
    await expect(page.locator('[data-deck-controls]')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Back to the lesson' })).toBeVisible();
  });
});
