import { parseDocument } from 'htmlparser2';
import { textContent, findOne } from 'domutils';
import type { Element, ChildNode } from 'domhandler';
import type { SearchWord } from '../schemas/search-word';
import { containsWholeWords } from './whole-words';

export type SearchLanguage = 'zh' | 'en';

/** Elements whose text Pagefind never indexes. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/**
 * The text Pagefind indexes on a built page: the `data-pagefind-body` element without what is
 * marked `data-pagefind-ignore`, and the page's language. Null for a page outside the search.
 */
export function indexedText(html: string): { language: SearchLanguage; text: string } | null {
  const doc = parseDocument(html);
  const htmlElement = findOne((e) => e.name === 'html', doc.children);
  const body = findOne((e) => 'data-pagefind-body' in e.attribs, doc.children);
  if (!body) return null;
  const parts: string[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') parts.push(node.data);
      else if ('attribs' in node) {
        const el = node as Element;
        if (SKIPPED.has(el.name) || 'data-pagefind-ignore' in el.attribs) continue;
        walk(el.children);
        parts.push(' ');
      }
    }
  };
  walk(body.children);
  const language = htmlElement?.attribs.lang?.toLowerCase().startsWith('en') ? 'en' : 'zh';
  return { language, text: parts.join('').replace(/\s+/g, ' ') };
}

/** The entries whose plan term occurs in a page's text (English: as a whole word, any case). */
export function wordsOnPage(text: string, language: SearchLanguage, words: readonly SearchWord[]): SearchWord[] {
  const squeezed = text.replace(/\s+/g, '');
  return words.filter((w) => {
    if (!w.aliases[language].length) return false;
    if (language === 'zh') return squeezed.includes(w.planTerm.zh);
    return containsWholeWords(text, w.planTerm.en, { ignoreCase: true });
  });
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Invisible metadata for Pagefind only (added to what Pagefind reads, never to the published
 * page): the everyday words for the plan terms on the page, searchable and weighted in the
 * ranking (metaWeights.aliases in site-search.ts). Empty when the page holds no plan term.
 */
export function vocabularyMeta(matched: readonly SearchWord[], language: SearchLanguage): string {
  if (!matched.length) return '';
  const aliases = [...new Set(matched.flatMap((w) => w.aliases[language]))].join(language === 'zh' ? '，' : ', ');
  return `<meta data-pagefind-meta="aliases[content]" content="${escapeAttribute(aliases)}">`;
}

/** A built page as Pagefind should read it: the published HTML plus its vocabulary metadata. */
export function withVocabulary(html: string, words: readonly SearchWord[]): string {
  const page = indexedText(html);
  if (!page) return html;
  const meta = vocabularyMeta(wordsOnPage(page.text, page.language, words), page.language);
  if (!meta) return html;
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + meta : html.slice(0, at) + meta + html.slice(at);
}
