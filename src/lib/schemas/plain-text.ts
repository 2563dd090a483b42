import { z } from 'astro/zod';

/**
 * Text shown as-is in titles, summaries, feeds and social previews. Astro escapes it anyway;
 * refusing markup here catches pasted HTML (or an injection attempt) at the author's desk,
 * with the file and field named, instead of publishing `<script>` as visible text.
 */
export const plainText = (min: number) =>
  z.string().min(min).refine((s) => !/<\/?[a-z!][^>]*>/i.test(s), { message: 'must be plain text: HTML tags are not allowed' });
