import { z } from 'astro/zod';
import { plainText } from './plain-text';

/** Frontmatter of a stand-alone prose page, `src/content/pages/<locale>/<slug>.mdx`. */
export const pageEntrySchema = z.strictObject({
  title: plainText(2),
  description: plainText(10),
});
