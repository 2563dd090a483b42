import { z } from 'astro/zod';
import { plainText } from './plain-text';

/**
 * One entry of `src/content/glossary/renderings.yaml`: the site's English rendering of a name or
 * label that is not a glossary term, where that rendering lives, and the renderings it replaced,
 * which no English page may use.
 */
export const renderingSchema = z.strictObject({
  zh: plainText(1),
  en: plainText(2),
  /** The file (or folder) that holds the rendering the site uses. */
  lives: plainText(4),
  avoid: z.array(plainText(3)).min(1),
});
export type Rendering = z.infer<typeof renderingSchema>;
