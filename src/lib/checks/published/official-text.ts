import { parseDocument } from 'htmlparser2';
import { textContent, findAll, removeElement } from 'domutils';
import type { Element } from 'domhandler';

/** The URL line in the official source file is a scraped website's, not part of the plan. */
export const SCRAPED_URL_LINE = 'http://www.tanpaifang.com/xinnengyuan/';

/**
 * What comparison ignores: all whitespace (PDF line and page breaks), the scraped URL line, and
 * the half-width colon the PDF extraction left in “抄送:” (the site prints the full-width “抄送：”;
 * the official text has no other colon outside that URL).
 */
export const normaliseOfficialText = (text: string) => text.replace(SCRAPED_URL_LINE, '').replace(/\s+/g, '').replace(/:/g, '：');

/**
 * The official text a page shows: elements marked `data-official-text="plan"` (the whole plan
 * body) or `="excerpt"` (one measure), without their descendants marked `data-official-ignore`
 * (links, citation buttons and other interface).
 */
export function officialTextOf(html: string): { kind: string; text: string }[] {
  const document = parseDocument(html);
  const marked = findAll((e: Element) => e.attribs['data-official-text'] !== undefined, document.children);
  return marked.map((element) => {
    for (const ui of findAll((e: Element) => e.attribs['data-official-ignore'] !== undefined, element.children)) removeElement(ui);
    return { kind: element.attribs['data-official-text']!, text: textContent(element) };
  });
}

/**
 * The published Chinese text matches the official source, whitespace aside: the plan page as a
 * whole, each measure page's text as part of it. Checked on the built pages, so a change to a
 * measure's text, a department's name or a component that renders them cannot publish an
 * altered official text. Returns problems naming the page and where the texts part.
 */
export function officialTextProblems(page: string, html: string, officialSource: string): string[] {
  const source = normaliseOfficialText(officialSource);
  return officialTextOf(html).flatMap(({ kind, text }) => {
    const shown = normaliseOfficialText(text);
    if (kind === 'plan' ? shown === source : source.includes(shown)) return [];
    let i = 0;
    while (i < shown.length && shown[i] === source[i]) i++;
    const where = kind === 'plan' ? `first difference at character ${i}: page "…${shown.slice(Math.max(0, i - 15), i + 15)}…", official "…${source.slice(Math.max(0, i - 15), i + 15)}…"` : `"${shown.slice(0, 60)}…" is not in the official text`;
    return [`${page}: the official Chinese text differs from src/data/official/ (${where}); restore the verbatim text`];
  });
}
