import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { validateSources } from '../lib/checks/validate-sources';
import { ContentError } from '../lib/checks/validation-errors';
import { PRESS_CONTACT_FILE, unconfiguredContactFields } from '../lib/press/press-contact';

/**
 * Stops a build before anything is written when any source is invalid or inconsistent
 * (a page without its language twin, a missing or duplicate measure number, a dataset that
 * changed after release, …), so nothing is half-published. In `astro dev` the same problems are only warned about, so authors can
 * save one language before writing the other. Per-entry frontmatter is also validated by
 * the collections' schemas. Optional settings still empty (the press contact) are warned about:
 * the pages leave them out rather than show a placeholder.
 */
export function sourceChecks(): AstroIntegration {
  return {
    name: 'xicheng:source-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = validateSources(fileURLToPath(config.root));
        const unset = unconfiguredContactFields();
        if (unset.length) logger.warn(`${PRESS_CONTACT_FILE}: not yet configured: ${unset.join(', ')}. /press/ leaves ${unset.length === 5 ? 'its contact section' : 'these details'} out until the district fills them in (docs/authoring.md).`);
        if (!problems.length) return;
        if (command === 'build') throw new ContentError(problems);
        logger.warn(new ContentError(problems).message);
      },
    },
  };
}
