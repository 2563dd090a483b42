import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { readFileSync } from 'node:fs';
import { createIndex, close } from 'pagefind';
import { filesUnder } from '../lib/files/files-under';
import { readSearchWords } from '../lib/search/search-words';
import { withVocabulary } from '../lib/search/page-vocabulary';

/**
 * Builds the Pagefind search index from the finished site, through Pagefind's Node API.
 * Unlike `astro-pagefind`, which only logs, any error FAILS the build: a site whose search
 * silently indexes nothing must not be published. Pagefind writes one index per
 * `<html lang>` (zh-CN, en); its extended binary segments Chinese words.
 *
 * Each page is handed to Pagefind with the everyday words for the plan terms it contains
 * (src/content/glossary/search-words.yaml) as metadata, so 充电桩 finds the page that says
 * 充电设施; the published HTML is not changed.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'xicheng:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const words = readSearchWords(process.cwd());
        const fail = (step: string, errors: string[]): never => {
          throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
        };
        try {
          const created = await createIndex({});
          if (created.errors.length || !created.index) fail('createIndex', created.errors);
          const index = created.index!;
          let pages = 0;
          for (const path of filesUnder(site).filter((p) => p.endsWith('.html')).sort()) {
            const html = readFileSync(path, 'utf8');
            if (!html.includes('data-pagefind-body')) continue; // outside the search: not parsed for its vocabulary
            const content = withVocabulary(html, words);
            const added = await index.addHTMLFile({ sourcePath: relative(site, path).split('\\').join('/'), content });
            if (added.errors.length) fail(`addHTMLFile ${path}`, added.errors);
            pages++;
          }
          if (pages === 0) fail('addHTMLFile', [`no pages with data-pagefind-body found in ${site}`]);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) fail('writeFiles', written.errors);
          logger.info(`Indexed ${pages} pages into ${written.outputPath}`);
        } finally {
          await close();
        }
      },
    },
  };
}
