import { z } from 'astro/zod';

/** Frontmatter of `src/content/plan/<locale>.mdx`: the plan body, one file per language. */
export const planEntrySchema = z.strictObject({
  title: z.string().min(2),
});
