import { Parser } from 'htmlparser2';
import { escapeRegExp, wholeWords } from '../../search/whole-words';

/** Elements whose text is not running prose: code, machine-readable values, scripts. */
const NOT_PROSE = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea', 'svg', 'template']);
/** Void elements never get a closing tag, so they must not be pushed on the element stack. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The house-style rules for English running text (docs/english-style.md), each a pattern and what to write instead. */
const RULES: { pattern: RegExp; problem: string }[] = [
  { pattern: /(?<![\w/.-])\d{4}-\d{2}(?:-\d{2})?(?![\w/-])/g, problem: 'an ISO date in running text; write it in words (“29 December 2022”, “December 2022”)' },
  { pattern: /\bNo\. ?\d+, No\. ?\d+/g, problem: '“No. N, No. N”; write “measures 3, 16 and 21”' },
  // Standard numbers (GB/T 51350-2019) are names, not quantities.
  { pattern: /(?<![\w.,/#:-])(?<!GB(?:\/T)? )\d{5,}(?![\w.,/-])/g, problem: 'a number of five or more digits without thousands separators (“42,000”)' },
  { pattern: /(?<![\w\u2212-])-\d+(?:\.\d+)?%/g, problem: 'a hyphen as a minus sign; use the true minus “−”' },
  { pattern: /\d %/g, problem: 'a space before “%”; write “71.5%”' },
];

/**
 * House-style problems in the running text of one English page (`file` is its path in dist/):
 * renderings the site has replaced (`avoid`, from src/content/glossary/renderings.yaml), ISO dates, “No. N” lists, unformatted large numbers, hyphens for minus, spaced percentages,
 * and a source cited only in Chinese (a citation the page marks `lang="zh-CN"`, which has no
 * English title). Text in code, in attributes, in passages marked as Chinese and in GB/T 7714
 * citations (`data-citation-format="gbt7714"`) is not English prose and is skipped; so are
 * addresses (URLs).
 */
export function englishStyleProblems(file: string, html: string, avoid: readonly string[] = []): string[] {
  // Replaced renderings (src/content/glossary/renderings.yaml), as whole words, as written or
  // capitalised at the start of a sentence: names keep their case, so the common phrase "district
  // government office sites" is not the body "District Government Office".
  const escaped = avoid.map((a) => `[${a[0]!.toLowerCase()}${a[0]!.toUpperCase()}]${escapeRegExp(a.slice(1)).replace(/ /g, '\\s+')}`);
  const replaced = escaped.length > 0 ? new RegExp(wholeWords(escaped.join('|')), 'g') : null;
  const problems = new Set<string>();
  const stack: { name: string; skip: boolean; href?: string }[] = [];
  let line = 1;
  const skipping = () => stack.length > 0 && stack[stack.length - 1]!.skip;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const lang = attributes.lang?.toLowerCase();
        const chinese = lang !== undefined && lang.startsWith('zh');
        if (chinese && (attributes.class ?? '').split(/\s+/).includes('source-citation')) {
          problems.add(`${file}: line ${line}: a source cited only in Chinese; give its English title with the original in brackets (source.originalTitle)`);
        }
        // A citation formatted to GB/T 7714 writes its dates as that standard prescribes (ISO).
        const formatted = attributes['data-citation-format'] === 'gbt7714';
        const skip = skipping() || NOT_PROSE.has(name) || chinese || formatted || 'hidden' in attributes || attributes['aria-hidden'] === 'true';
        if (!VOID.has(name)) stack.push({ name, skip, href: name === 'a' ? attributes.href : undefined });
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        while (stack.length > 0 && stack.pop()!.name !== name);
      },
      ontext(text) {
        // A link that shows its own address (broken into pieces by <wbr>) is not prose either.
        const link = [...stack].reverse().find((e) => e.name === 'a');
        const address = link?.href !== undefined && text.trim() !== '' && link.href.includes(text.trim());
        if (!skipping() && !address && stack.some((e) => e.name === 'body')) {
          const prose = text.replace(/https?:\/\/\S+/g, ' ');
          for (const { pattern, problem } of RULES) {
            for (const match of prose.matchAll(pattern)) problems.add(`${file}: line ${line}: “${match[0]}”: ${problem}`);
          }
          for (const match of replaced ? prose.matchAll(replaced) : []) {
            problems.add(`${file}: line ${line}: “${match[0]}”: a replaced rendering; use the one in src/content/glossary/renderings.yaml`);
          }
        }
        line += text.split('\n').length - 1;
      },
    },
    { decodeEntities: true },
  );
  // Line numbers count the newlines of text only: the built pages keep each tag on one line.
  parser.end(html);
  return [...problems];
}
