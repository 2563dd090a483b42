import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { filesUnder } from '../../files/files-under';
import { unsafeMarkup } from './page-safety';
import { officialTextProblems } from './official-text';
import { feedXmlProblems } from './feed-xml';
import { readOfficialSource } from './official-source';
import { englishStyleProblems } from './english-style';
import { parse } from 'yaml';
import { join } from 'node:path';
import { renderingSchema } from '../../schemas/rendering';

export const RENDERINGS_FILE = 'src/content/glossary/renderings.yaml';
/** Every replaced rendering no English page may use; an invalid file stops the build, naming the entry. */
export function replacedRenderings(root: string): string[] {
  const entries = parse(readFileSync(join(root, RENDERINGS_FILE), 'utf8')) as unknown[];
  return entries.flatMap((entry, i) => {
    const result = renderingSchema.safeParse(entry);
    if (!result.success) throw new Error(`${RENDERINGS_FILE}: [${i}]: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    return result.data.avoid;
  });
}

/**
 * Checks of the finished site in `dist/`, run by the build after the pages are written and
 * before they are indexed: every HTML page is free of unsafe markup, the Chinese official text
 * on the plan and measure pages matches the repository's official copy, every English page keeps
 * the house style of docs/english-style.md (english-style.ts), and every feed is well-formed XML. Returns problems naming the file.
 */
export function checkPublishedSite(root: string, dist: string): string[] {
  const official = readOfficialSource(root);
  const avoid = replacedRenderings(root);
  const problems: string[] = [];
  let officialPages = 0;
  for (const path of filesUnder(dist).sort()) {
    const file = relative(dist, path).split('\\').join('/');
    if (file.endsWith('.html')) {
      const html = readFileSync(path, 'utf8');
      problems.push(...unsafeMarkup(`dist/${file}`, html));
      if (file.startsWith('en/')) problems.push(...englishStyleProblems(`dist/${file}`, html, avoid));
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

