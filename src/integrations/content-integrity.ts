import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content-integrity';
import { ContentError } from '../lib/validation-errors';

/**
 * Stops the build before anything is written when content is inconsistent across files
 * (a page without its language twin, a missing or duplicate measure number, …), so nothing
 * is half-published. Per-entry frontmatter is also validated by the collections' schemas.
 */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'xicheng:content-integrity',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const problems = checkContent(fileURLToPath(new URL('./src/content/', config.root)), root);
        if (problems.length) throw new ContentError(problems);
      },
    },
  };
}
