import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve, sep } from 'node:path';
import { precacheList, type PagefindEntry } from '../lib/offline/precache-list';
import { filesUnder } from '../lib/files/files-under';

/**
 * Writes dist/sw.js, the service worker that keeps the learning centre and its language's search
 * working offline. Runs after the Pagefind integration (it needs the index). Its VERSION is a
 * hash of every file it stores, so it changes exactly when a rebuild changes one of them, and
 * two builds of the same sources give the same file (reproducible builds).
 */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'xicheng:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = filesUnder(site).map((f) => relative(site, f).split(sep).join('/')).sort();
        const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as PagefindEntry;
        const precache = { 'zh-cn': precacheList(files, 'zh-cn', entry, base), en: precacheList(files, 'en', entry, base) };
        const hash = createHash('sha256');
        for (const url of [...new Set([...precache['zh-cn'], ...precache.en])].sort()) {
          const path = url.slice(base.length);
          hash.update(url).update(readFileSync(join(site, path.endsWith('/') || path === '' ? `${path}index.html` : path)));
        }
        const version = hash.digest('hex').slice(0, 16);
        const template = readFileSync(resolve('src/integrations/service-worker.template.js'), 'utf8');
        const placeholders = ["'__VERSION__'", '({ /* __PRECACHE__ */ })'];
        const missing = placeholders.filter((p) => !template.includes(p));
        if (missing.length) throw new Error(`service-worker.template.js lacks the placeholder(s) ${missing.join(', ')}`);
        writeFileSync(join(site, 'sw.js'), template.replace(placeholders[0]!, `'${version}'`).replace(placeholders[1]!, JSON.stringify(precache, null, 2)));
        logger.info(`Service worker ${version}: ${precache['zh-cn'].length} files (zh-cn), ${precache.en.length} files (en) for offline use`);
      },
    },
  };
}
