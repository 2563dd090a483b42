import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createIndex, close } from 'pagefind';

/**
 * Builds the Pagefind search index from the finished site, through Pagefind's Node API.
 * Unlike `astro-pagefind`, which only logs, any error FAILS the build: a site whose search
 * silently indexes nothing must not be published. Pagefind writes one index per
 * `<html lang>` (zh-CN, en); its extended binary segments Chinese words.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'xicheng:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]): never => {
          throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
        };
        try {
          const created = await createIndex({});
          if (created.errors.length || !created.index) fail('createIndex', created.errors);
          const index = created.index!;
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) fail('addDirectory', added.errors);
          if (added.page_count === 0) fail('addDirectory', [`no pages with data-pagefind-body found in ${site}`]);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) fail('writeFiles', written.errors);
          logger.info(`Indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await close();
        }
      },
    },
  };
}
