import type { Page } from '@playwright/test';
import { wcagViolations } from './axe';
import { fileForUrlPath } from '../../support/built-site';

/**
 * What the site sweep notices on one page: every problem as a line of text, so that one run
 * reports every failing page at once (as Starlight's accessibility test does) instead of
 * stopping at the first.
 */
export interface PageWatch {
  /** Problems seen since the last `takeEvents()`: CSP violations, foreign requests, errors. */
  takeEvents(): string[];
}

/**
 * Starts watching a page for what no page may do, from the first byte of every navigation:
 * trip the Content-Security-Policy (the tests serve public/_headers), request anything from
 * another origin, log an error or throw.
 */
export async function watchPage(page: Page, ownOrigin: string): Promise<PageWatch> {
  let events: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => events.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation(t: string): void }).reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== ownOrigin) events.push(`request to another origin: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') events.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => events.push(`uncaught: ${error.message}`));
  return {
    takeEvents() {
      const taken = events;
      events = [];
      return taken;
    },
  };
}

/** The page's own structure: language, one h1, a title, its twin behind the language switch. */
async function structureProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const english = path.startsWith('/en/');
  const facts = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    h1s: document.querySelectorAll('h1').length,
    title: document.title,
    switchHref: document.querySelector('[data-language-switch]')?.getAttribute('href') ?? null,
    alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('hreflang')),
    notice: document.querySelector('.translation-notice')?.textContent ?? '',
  }));
  if (facts.lang !== (english ? 'en' : 'zh-CN')) problems.push(`html lang is "${facts.lang}"`);
  if (facts.h1s !== 1) problems.push(`${facts.h1s} h1 elements`);
  if (facts.title.length <= 3) problems.push(`title "${facts.title}" too short`);
  if (path !== '/404.html') {
    const twin = english ? path.slice(3) : `/en${path}`;
    if (facts.switchHref !== twin) problems.push(`language switch goes to ${facts.switchHref}, not ${twin}`);
    if (!fileForUrlPath(twin)) problems.push(`twin ${twin} is not in the build`);
    if (!facts.alternates.includes(english ? 'zh-CN' : 'en')) problems.push('no hreflang alternate for the other language');
  }
  if (english && !facts.notice.includes('Unofficial translation')) problems.push('no "Unofficial translation" notice');
  return problems;
}

/** Brings every lazily drawn chart into view and waits for its canvas, so chart code runs too. */
async function drawCharts(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const [i, chart] of (await page.locator('figure[data-chart]').all()).entries()) {
    await chart.scrollIntoViewIfNeeded();
    const drawn = await chart.locator('[data-chart-canvas]:not([hidden]) canvas').waitFor({ timeout: 10_000 }).then(() => true, () => false);
    if (!drawn) problems.push(`chart ${i + 1} was not drawn`);
  }
  return problems;
}

/** Visits one page and returns everything wrong with it (empty when nothing is). */
export async function auditPage(page: Page, watch: PageWatch, path: string, waitFor?: string): Promise<string[]> {
  const problems: string[] = [];
  // A page that never finishes loading is one problem among the others, not the end of the sweep.
  const response = await page.goto(path, { timeout: 30_000 }).catch((error: Error) => {
    problems.push(`did not load: ${error.message.split('\n')[0]}`);
    return null;
  });
  if (!response) return problems;
  if (response.status() !== 200) problems.push(`HTTP ${response.status()}`);
  if (waitFor) {
    const appeared = await page.locator(waitFor).first().waitFor({ timeout: 15_000 }).then(() => true, () => false);
    if (!appeared) problems.push(`${waitFor} never appeared`);
  }
  problems.push(...(await structureProblems(page, path.replace(/\?.*$/, ''))));
  problems.push(...(await drawCharts(page)));
  problems.push(...(await wcagViolations(page)).map((v) => `axe ${v}`));
  if (!waitFor) problems.push(...(await phoneLayoutProblems(page)));
  problems.push(...watch.takeEvents());
  return problems;
}

/** The phone widths every page must read at (WCAG 2.2 SC 1.4.10 Reflow asks for 320 CSS px). */
export const PHONE_WIDTHS = [390, 320] as const;
/** The most the site header may take of a 390 px phone screen before any content. */
export const MAX_HEADER_HEIGHT = 120;

/**
 * What goes wrong on a phone: the page scrolls sideways, a table cell with text is squeezed
 * below three characters (Chinese then reads one character per line), or the header eats the
 * screen. Measured by the browser at each phone width, without reloading the page.
 */
export async function phoneLayoutProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const width of PHONE_WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const found = await page.evaluate(() => {
      const root = document.documentElement;
      const overflow = root.scrollWidth - root.clientWidth;
      const squeezed: string[] = [];
      // Text a sighted reader sees (visually hidden words for screen readers do not count).
      const visibleText = (node: Node): string =>
        node.nodeType === Node.TEXT_NODE
          ? (node.textContent ?? '')
          : node instanceof Element && node.classList.contains('visually-hidden')
            ? ''
            : [...node.childNodes].map(visibleText).join('');
      for (const cell of document.querySelectorAll<HTMLElement>('td, th')) {
        const text = visibleText(cell).trim();
        if (!text || cell.getClientRects().length === 0) continue;
        const style = getComputedStyle(cell);
        const em = parseFloat(style.fontSize);
        const content = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        // Three characters: 3 em of CJK, or about 3 × 0.5 em of Latin text.
        const minimum = (/[\u3400-\u9fff]/.test(text) ? 3 : 1.5) * em;
        if (content < minimum - 0.5) squeezed.push(`“${text.slice(0, 12)}” ${Math.round(content)} px`);
      }
      const header = document.querySelector('body > header, .site-header');
      return { overflow, squeezed, header: header ? Math.round(header.getBoundingClientRect().height) : 0 };
    });
    if (found.overflow > 0) problems.push(`scrolls sideways by ${found.overflow} px at ${width} px`);
    if (found.squeezed.length) problems.push(`${found.squeezed.length} table cells narrower than three characters at ${width} px: ${found.squeezed.slice(0, 3).join(', ')}`);
    if (width === 390 && found.header > MAX_HEADER_HEIGHT) problems.push(`header ${found.header} px tall at 390 px (at most ${MAX_HEADER_HEIGHT})`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  return problems;
}
