import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkPublishedSite } from '../lib/checks/published';
import { ContentError } from '../lib/checks/validation-errors';

/**
 * Fails the build when a finished page has unsafe markup, the official Chinese text differs from
 * the repository's official copy, or a feed is not well-formed XML (src/lib/checks/published/).
 * Runs on the written pages, so it checks what readers would get, whatever produced it.
 */
export function publishedSiteChecks(): AstroIntegration {
  let root = '';
  return {
    name: 'xicheng:published-site-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = checkPublishedSite(root, fileURLToPath(dir));
        if (problems.length) throw new ContentError(problems);
        logger.info('Published pages: no unsafe markup, official text verbatim, feeds well-formed');
      },
    },
  };
}
