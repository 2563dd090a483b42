import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content-integrity';
import { ContentError } from '../lib/validation-errors';

/**
 * Stops a build before anything is written when content is inconsistent across files
 * (a page without its language twin, a missing or duplicate measure number, …), so nothing
 * is half-published. In `astro dev` the same problems are only warned about, so authors can
 * save one language before writing the other. Per-entry frontmatter is also validated by
 * the collections' schemas.
 */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'xicheng:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = checkContent(fileURLToPath(new URL('./src/content/', config.root)), fileURLToPath(config.root));
        if (!problems.length) return;
        if (command === 'build') throw new ContentError(problems);
        logger.warn(new ContentError(problems).message);
      },
    },
  };
}
