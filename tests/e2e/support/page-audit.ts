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
  const response = await page.goto(path);
  const problems: string[] = [];
  if (response?.status() !== 200) problems.push(`HTTP ${response?.status()}`);
  if (waitFor) {
    const appeared = await page.locator(waitFor).first().waitFor({ timeout: 15_000 }).then(() => true, () => false);
    if (!appeared) problems.push(`${waitFor} never appeared`);
  }
  problems.push(...(await structureProblems(page, path.replace(/\?.*$/, ''))));
  problems.push(...(await drawCharts(page)));
  problems.push(...(await wcagViolations(page)).map((v) => `axe ${v}`));
  problems.push(...watch.takeEvents());
  return problems;
}
