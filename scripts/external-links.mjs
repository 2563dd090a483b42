#!/usr/bin/env node
// External links report: every link in dist/ that leaves the site, with how many pages carry it
// and the first few of them, printed as a table and written to reports/external-links.md. A
// report, not a test: the portal cannot vouch for other sites being up, but an editor should
// see the full list (official sources, licences) before each publication.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { filesUnder } from '../src/lib/files/files-under.ts';
import { join, relative, sep } from 'node:path';

const DIST = 'dist';
const siteOrigin = new URL(process.env.SITE_URL ?? 'http://localhost:4321/').origin;

const links = new Map();
for (const file of filesUnder(DIST).filter((f) => f.endsWith('.html') && !f.startsWith(join(DIST, 'pagefind')))) {
  const page = `/${relative(DIST, file).split(sep).join('/').replace(/index\.html$/, '')}`;
  for (const [, href] of readFileSync(file, 'utf8').matchAll(/<a\b[^>]*\bhref="(https?:\/\/[^"]+)"/g)) {
    const url = href.replaceAll('&amp;', '&');
    if (new URL(url).origin === siteOrigin) continue;
    if (!links.has(url)) links.set(url, new Set());
    links.get(url).add(page);
  }
}
const rows = [...links].sort(([a], [b]) => a.localeCompare(b));
const lines = [
  '| external link | pages | for example |',
  '| --- | --: | --- |',
  ...rows.map(([url, pages]) => `| ${url} | ${pages.size} | ${[...pages].sort().slice(0, 3).join(', ')} |`),
];
mkdirSync('reports', { recursive: true });
writeFileSync('reports/external-links.md', `# External links in dist/\n\n${lines.join('\n')}\n`);
console.log(lines.join('\n'));
console.log(`\n${rows.length} external links (written to reports/external-links.md). Not checked: the build has no network.`);
