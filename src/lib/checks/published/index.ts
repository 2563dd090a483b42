import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { filesUnder } from '../../files/files-under';
import { unsafeMarkup } from './page-safety';
import { officialTextProblems } from './official-text';
import { feedXmlProblems } from './feed-xml';
import { readOfficialSource } from './official-source';
import { englishStyleProblems } from './english-style';

/**
 * Checks of the finished site in `dist/`, run by the build after the pages are written and
 * before they are indexed: every HTML page is free of unsafe markup, the Chinese official text
 * on the plan and measure pages matches the repository's official copy, every English page keeps
 * the house style of docs/english-style.md (english-style.ts), and every feed is well-formed XML. Returns problems naming the file.
 */
export function checkPublishedSite(root: string, dist: string): string[] {
  const official = readOfficialSource(root);
  const problems: string[] = [];
  let officialPages = 0;
  for (const path of filesUnder(dist).sort()) {
    const file = relative(dist, path).split('\\').join('/');
    if (file.endsWith('.html')) {
      const html = readFileSync(path, 'utf8');
      problems.push(...unsafeMarkup(`dist/${file}`, html));
      if (file.startsWith('en/')) problems.push(...englishStyleProblems(`dist/${file}`, html));
      if (html.includes('data-official-text')) {
        officialPages++;
        problems.push(...officialTextProblems(`dist/${file}`, html, official));
      }
    } else if (file.endsWith('.xml')) problems.push(...feedXmlProblems(`dist/${file}`, readFileSync(path, 'utf8')));
  }
  // The plan page and 24 measure pages (Chinese) carry the official text; if the markers vanish,
  // the check would pass vacuously.
  if (officialPages < 25) problems.push(`dist/: only ${officialPages} pages mark their official text (data-official-text); the plan page and all 24 measure pages must`);
  return problems;
}

