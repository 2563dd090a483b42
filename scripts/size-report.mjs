#!/usr/bin/env node
// Page weight report: for one page of every type in dist/, the gzip bytes of its HTML, CSS and
// JavaScript (loaded at once, and fetched on demand such as Chart.js), checked against budgets.
// Run after `npm run build`. Exits 1 when a budget is exceeded.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';

const DIST = 'dist';
const KB = 1024;
// Budgets (gzip). Chart pages: all JS, including the lazily fetched Chart.js, at most 90 KB.
const CHART_PAGE_JS_BUDGET = 90 * KB;
// Reading pages: HTML + CSS at most 30 KB, and no JavaScript on load beyond 1 KB of small page
// scripts (copy citation, print button, offline registration on lessons).
// The full plan page: at most the gzip size of the plan's own text + 15 KB.
const READING_PAGES = ['measure', 'case', 'lesson', 'glossary'];
const READING_BUDGET = 30 * KB;
const READING_JS_ALLOWANCE = 1 * KB;
const PLAN_TEXT = 'src/data/official/xicheng-carbon-peak-plan-2022.zh.txt';
// Printable PDFs (src/lib/print/): each at most 500 KB as served (already compressed inside; the
// fonts are embedded as subsets of the glyphs used, diagrams as 300 dpi PNGs). Teachers download
// them on school networks and they are not stored for offline use, so the budget is per file.
const PDF_BUDGET = 500 * KB;

const PAGES = {
  home: '/',
  plan: '/plan/',
  'plan (en)': '/en/plan/',
  'Q&A': '/plan/qa/',
  measures: '/measures/',
  measure: '/measures/7/',
  'department matrix': '/departments/',
  department: '/departments/development-reform/',
  targets: '/targets/',
  'data catalogue': '/data/',
  cases: '/cases/',
  case: '/cases/district-offices-green-electricity/',
  pilot: '/pilots/waste-sorting-demonstration-compounds/',
  embed: '/embed/measures-per-category/',
  learn: '/learn/',
  lesson: '/learn/green-trip-to-school/',
  glossary: '/learn/glossary/',
  quiz: '/learn/quiz/',
  calculator: '/learn/calculator/',
  materials: '/learn/materials/',
  handout: '/learn/materials/floor-plan-template/',
  press: '/press/',
  'fact sheet': '/press/fact-sheet/',
  showcase: '/press/showcases/2024-low-carbon-day/',
  search: '/search/',
  about: '/about/',
};

if (!existsSync(DIST)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const gz = (path) => gzipSync(readFileSync(path)).length;
const fileOf = (url) => join(DIST, url.split('?')[0]);

/** A script and everything it imports: `static` loads with the page, `lazy` only on demand. */
function scriptGraph(entry, seen = new Map(), lazy = false) {
  if (seen.has(entry) && (lazy || !seen.get(entry))) return seen;
  seen.set(entry, lazy);
  const code = readFileSync(fileOf(entry), 'utf8');
  const dir = dirname(entry);
  for (const [, spec] of code.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) scriptGraph(join(dir, spec), seen, lazy);
  for (const [, spec] of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) scriptGraph(join(dir, spec), seen, true);
  return seen;
}

const rows = [];
const failures = [];
for (const [type, url] of Object.entries(PAGES)) {
  const htmlFile = join(DIST, url, 'index.html');
  if (!existsSync(htmlFile)) {
    failures.push(`${type}: ${url} is not in the build`);
    continue;
  }
  const html = readFileSync(htmlFile, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].reduce((sum, [, href]) => sum + gz(fileOf(href)), 0);
  const graph = new Map();
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) scriptGraph(src, graph);
  let jsLoad = 0;
  let jsLazy = 0;
  for (const [file, lazy] of graph) lazy ? (jsLazy += gz(fileOf(file))) : (jsLoad += gz(fileOf(file)));
  const hasChart = html.includes('data-chart=');
  const reachesChartJs = [...graph.keys()].some((f) => f.includes('render-chart'));
  if (hasChart && jsLoad + jsLazy > CHART_PAGE_JS_BUDGET) failures.push(`${type}: ${((jsLoad + jsLazy) / KB).toFixed(1)} KB of JS exceeds the chart-page budget of 90 KB`);
  if (!hasChart && reachesChartJs) failures.push(`${type}: has no chart but can load Chart.js`);
  const htmlCss = gz(htmlFile) + css;
  if (READING_PAGES.includes(type) && htmlCss > READING_BUDGET) failures.push(`${type}: ${(htmlCss / KB).toFixed(1)} KB of HTML + CSS exceeds 30 KB`);
  if ((READING_PAGES.includes(type) || type === 'plan') && jsLoad > READING_JS_ALLOWANCE) failures.push(`${type}: ${(jsLoad / KB).toFixed(1)} KB of JS on load; a reading page may load at most 1 KB of small page scripts (copy, print, offline)`);
  if (type === 'plan' && !existsSync(PLAN_TEXT)) failures.push(`plan: the official text ${PLAN_TEXT} is missing (the project's copy of the official text)`);
  else if (type === 'plan' && htmlCss + jsLoad > gz(PLAN_TEXT) + 15 * KB) failures.push(`plan: ${((htmlCss + jsLoad) / KB).toFixed(1)} KB exceeds the plan text's ${(gz(PLAN_TEXT) / KB).toFixed(1)} KB + 15 KB`);
  rows.push({ type, url, html: gz(htmlFile), css, jsLoad, jsLazy, total: gz(htmlFile) + css + jsLoad });
}

/** Every file under `dir` with the given extension. */
function filesWith(dir, extension, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesWith(path, extension, found);
    else if (entry.name.endsWith(extension)) found.push(path);
  }
  return found;
}
const pdfs = filesWith(DIST, '.pdf').map((file) => ({ file, bytes: statSync(file).size })).sort((a, b) => b.bytes - a.bytes);
for (const { file, bytes } of pdfs) if (bytes > PDF_BUDGET) failures.push(`${file}: ${(bytes / KB).toFixed(1)} KB exceeds the PDF budget of 500 KB`);

const k = (n) => (n / KB).toFixed(1);
const line = (cells) => `| ${cells.join(' | ')} |`;
console.log(line(['page type', 'path', 'HTML', 'CSS', 'JS on load', 'JS on demand', 'total on load']));
console.log(line(['---', '---', '--:', '--:', '--:', '--:', '--:']));
for (const r of rows) console.log(line([r.type, r.url, k(r.html), k(r.css), k(r.jsLoad), k(r.jsLazy), k(r.total)]));
console.log('\nKB of gzip (level 6). "JS on demand" is fetched only when needed (Chart.js when a chart scrolls into view).');
if (pdfs.length) {
  const total = pdfs.reduce((sum, p) => sum + p.bytes, 0);
  console.log(`\nPrintable PDFs: ${pdfs.length} files, ${k(total)} KB in all; largest ${pdfs[0].file} at ${k(pdfs[0].bytes)} KB (budget 500 KB each).`);
}
if (failures.length) {
  console.error(`\nBudget failures:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('All budgets met: chart pages ≤ 90 KB of JS in total; pages without charts never load Chart.js; measure, case, lesson and glossary pages ≤ 30 KB HTML + CSS with ≤ 1 KB JS; the plan page ≤ its text + 15 KB; each PDF ≤ 500 KB.');
