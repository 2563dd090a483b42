import { z } from 'astro/zod';

/** Frontmatter of a stand-alone prose page, `src/content/pages/<locale>/<slug>.mdx`. */
export const pageEntrySchema = z.strictObject({
  title: z.string().min(2),
  description: z.string().min(10),
});
