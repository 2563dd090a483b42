#!/usr/bin/env node
// Benchmark (not a test: it measures and prints, it never fails on a number).
//   npm run bench                      # current site + scale runs with 100, 1000, 5000 synthetic cases
//   BENCH_SCALES=100,1000 npm run bench
//   BENCH_PARTS=lighthouse npm run bench  # only Lighthouse, against the dist/ already built
//   BENCH_PARTS=search npm run bench      # only the search: latency, bytes, index size, precision@3
// Reports: production build time, Pagefind indexing time and index size, and in headless
// Chromium against the locally served build, the time from typing a Chinese and an English
// query to the first rendered result and the bytes the search fetched; the search on the current
// build (scripts/bench-search.mjs: cold and warm latency, bytes per query, index size per
// language, precision@3 over the everyday-query list); then Lighthouse (mobile defaults)
// category scores for the main page types.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveBuild } from './static-host.mjs';
import { benchSearch, indexSizes, TOP } from './bench-search.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCALES = (process.env.BENCH_SCALES ?? '100,1000,5000').split(',').filter(Boolean).map(Number);
const PARTS = (process.env.BENCH_PARTS ?? 'build,search,lighthouse').split(',');
const QUERIES = [['zh', '光伏'], ['en', 'photovoltaic']];

const dirSize = (dir) => readdirSync(dir).reduce((sum, name) => {
  const p = join(dir, name);
  return sum + (statSync(p).isDirectory() ? dirSize(p) : statSync(p).size);
}, 0);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

function build(cwd) {
  const started = performance.now();
  const log = execFileSync('npx', ['astro', 'build'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const total = performance.now() - started;
  const pages = /(\d+) page\(s\) built/.exec(log)?.[1];
  return { total, pages: Number(pages) };
}

async function timeIndexing(dist) {
  const pagefind = await import('pagefind');
  const out = mkdtempSync(join(tmpdir(), 'bench-index-'));
  const started = performance.now();
  const { index } = await pagefind.createIndex({});
  await index.addDirectory({ path: dist });
  await index.writeFiles({ outputPath: out });
  const ms = performance.now() - started;
  await pagefind.close();
  const size = dirSize(out);
  rmSync(out, { recursive: true, force: true });
  return { ms, size };
}

// The project's one static host (the tests use it too), with the headers of public/_headers.
const serve = async (dist) => {
  const served = await serveBuild({ dir: dist });
  return { server: { close: served.close }, origin: served.origin };
};

async function timeQueries(dist) {
  const { server, origin } = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const results = [];
  try {
    for (const [lang, query] of QUERIES) {
      const page = await browser.newPage();
      let bytes = 0;
      page.on('response', async (r) => {
        if (r.url().includes('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
      });
      await page.goto(`${origin}${lang === 'en' ? '/en' : ''}/search/`);
      const input = page.locator('#search-page-q');
      await input.waitFor();
      const started = performance.now();
      await input.fill(query);
      await page.locator('.search-result').first().waitFor({ timeout: 30_000 });
      results.push({ lang, query, ms: performance.now() - started, bytes });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

function syntheticCase(i, lang) {
  const zh = lang === 'zh-cn';
  // Synthetic pages in a temporary copy, never published: measure 7, quoted in each language.
  const measure = 7;
  const quote = zh ? '大力发展可再生能源' : 'vigorously develop renewable energy';
  return `---
title: "${zh ? `合成基准案例 ${i}` : `Synthetic benchmark case ${i}`}"
summary: "${zh ? '用于测量构建和搜索随内容增长的成本的合成页面。' : 'A synthetic page that measures how build and search cost grow with content.'}"
measures: [${measure}]
planWords: [{ measure: ${measure}, quote: "${quote}" }]
sector: energy
street: null
site: "${zh ? `基准地点 ${i}` : `Benchmark site ${i}`}"
year: 2024
published: 2026-01-01
provenance: reported
sources: [{ publisher: "Benchmark", title: "Synthetic source ${i}", date: 2024-01-01, url: "https://example.org/bench/${i}" }]
---

${(zh ? `第${measure}条的合成案例正文，包含光伏、充电、节能改造等词语，编号${i}。` : `Synthetic body for measure ${measure}, mentioning photovoltaic panels, charging and retrofits, number ${i}.`).repeat(8)}
`;
}

async function measure(label, cwd) {
  const b = build(cwd);
  const dist = join(cwd, 'dist');
  const idx = await timeIndexing(dist);
  const q = await timeQueries(dist);
  return { label, pages: b.pages, build: b.total, indexMs: idx.ms, indexSize: idx.size, queries: q };
}

const rows = [];
if (PARTS.includes('build')) rows.push(await measure('site as it is', process.cwd()));
for (const n of PARTS.includes('build') ? SCALES : []) {
  const root = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  try {
    for (const p of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(p, join(root, p), { recursive: true });
    symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
    for (const lang of ['zh-cn', 'en']) {
      const dir = join(root, 'src/content/cases', lang);
      mkdirSync(dir, { recursive: true });
      for (let i = 1; i <= n; i++) writeFileSync(join(dir, `bench-${i}.mdx`), syntheticCase(i, lang));
    }
    rows.push(await measure(`+${n} synthetic cases ×2 languages`, root));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// The search against the current build.
async function searchRows(dist) {
  const { server, origin } = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    return await benchSearch(browser, origin);
  } finally {
    await browser.close();
    server.close();
  }
}
const searchBench = PARTS.includes('search') ? await searchRows(join(process.cwd(), 'dist')) : [];

// Lighthouse against the current build, served locally, with the system Chromium.
// The quiz and calculator islands are rendered at build time and hydrated (issue: first paint
// without JavaScript): they are measured in both languages.
const LIGHTHOUSE_PAGES = process.env.BENCH_PAGES ? process.env.BENCH_PAGES.split(',') : [
  '/', '/plan/', '/measures/7/', '/targets/', '/learn/green-trip-to-school/', '/en/cases/district-offices-green-electricity/',
  '/learn/quiz/', '/en/learn/quiz/', '/learn/calculator/', '/en/learn/calculator/',
];
async function lighthouseScores(dist) {
  const { server, origin } = await serve(dist);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const scores = [];
  try {
    for (const path of LIGHTHOUSE_PAGES) {
      const { lhr } = await lighthouse(`${origin}${path}`, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
      const metric = (id) => lhr.audits[id]?.displayValue ?? '?';
      const lcp = metric('largest-contentful-paint');
      const tbt = metric('total-blocking-time');
      const cls = metric('cumulative-layout-shift');
      scores.push({ path, lcp, tbt, cls, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), failing });
    }
  } finally {
    chrome.kill();
    server.close();
  }
  return scores;
}
const lighthouseRows = PARTS.includes('lighthouse') ? await lighthouseScores(join(process.cwd(), 'dist')) : [];

/** What the offline service worker stores per language: files and bytes (from dist/sw.js). */
function precacheSizes(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const precache = JSON.parse(/const PRECACHE = \/\*\*.*?\*\/ (\{[\s\S]*?\n\});/.exec(sw)[1]);
  return Object.entries(precache).map(([lang, urls]) => {
    const bytes = urls.reduce((sum, url) => {
      const path = url.replace(/^\//, '');
      const file = join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
      return sum + (existsSync(file) ? statSync(file).size : 0);
    }, 0);
    return { lang, files: urls.length, bytes };
  });
}
const precacheRows = precacheSizes(join(process.cwd(), 'dist'));

const line = (cells) => `| ${cells.join(' | ')} |`;
console.log(line(['run', 'pages', 'build (incl. index)', 'indexing alone', 'index size', 'query → first result (zh / en)', 'search bytes (zh / en)']));
console.log(line(['---', '--:', '--:', '--:', '--:', '--:', '--:']));
for (const r of rows) {
  const [zh, en] = r.queries;
  console.log(line([r.label, r.pages, seconds(r.build), seconds(r.indexMs), kb(r.indexSize), `${zh.ms.toFixed(0)} ms / ${en.ms.toFixed(0)} ms`, `${kb(zh.bytes)} / ${kb(en.bytes)}`]));
}
console.log('');
console.log(line(['Lighthouse (mobile)', 'performance', 'LCP', 'TBT', 'CLS', 'accessibility', 'best practices', 'SEO', 'audits not passed']));
console.log(line(['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '---']));
for (const r of lighthouseRows) console.log(line([r.path, r.performance, r.lcp, r.tbt, r.cls, r.accessibility, r.bestPractices, r.seo, r.failing.join(', ') || '—']));
console.log('');
console.log(line(['Offline store (service worker)', 'files', 'bytes (uncompressed)']));
console.log(line(['---', '--:', '--:']));
for (const r of precacheRows) console.log(line([r.lang, r.files, kb(r.bytes)]));
if (searchBench.length) {
  console.log('');
  console.log(line(['Search (current build)', 'page ready', 'cold: first query', 'warm: median / max', `bytes per query (cold / warm median)`, `precision@${TOP}`, 'misses']));
  console.log(line(['---', '--:', '--:', '--:', '--:', '--:', '---']));
  for (const r of searchBench) console.log(line([r.lang, `${r.readyMs.toFixed(0)} ms`, `${r.coldMs.toFixed(0)} ms`, `${r.warmMedianMs.toFixed(0)} ms / ${r.warmMaxMs.toFixed(0)} ms`, `${kb(r.coldBytes)} / ${(r.warmMedianBytes / 1024).toFixed(1)} KB`, `${r.hits}/${r.total} (${((100 * r.hits) / r.total).toFixed(0)}%)`, r.misses.join(', ') || '—']));
  console.log('');
  console.log(line(['Search index per language', 'files', 'total', 'word index', 'page fragments', 'filters', 'metadata']));
  console.log(line(['---', '--:', '--:', '--:', '--:', '--:', '--:']));
  for (const [lang, r] of Object.entries(indexSizes(join(process.cwd(), 'dist')))) {
    console.log(line([lang, r.files, kb(r.bytes), kb(r.byKind.index ?? 0), kb(r.byKind.fragment ?? 0), kb(r.byKind.filter ?? 0), kb(r.byKind.meta ?? 0)]));
  }
  console.log('Page ready: from navigation until Pagefind and its WebAssembly are loaded. Latency: from the last keystroke (Latin typed a letter at a time, 120 ms apart; Chinese committed whole, as by an input method) to the first rendered result for the whole query, measured in the page (no debounce); cold is the first query once ready, with its index chunks and result pages still to fetch. Bytes as transferred (compressed).');
}
console.log(`\nMachine: ${process.arch}, Node ${process.version}. Queries: ${QUERIES.map(([l, q]) => `${l} “${q}”`).join(', ')}; timed from typing to the first rendered result, cold cache.`);
