import { z } from 'astro/zod';
import { measureNumber } from './measure-number';
import { plainText } from './plain-text';

/**
 * Frontmatter of `src/content/measures/<locale>/NN.mdx`. The body is the plain-language
 * explanation (解读); the frontmatter carries the measure's own text.
 */
export const measureEntrySchema = z.strictObject({
  /** Must equal the file name's number. @example 7 */
  number: measureNumber(),
  /** Title as the plan writes it (zh verbatim; en a faithful translation). @example "提升新能源供给能力" */
  title: plainText(2),
  /** The measure's full text after the title, without the responsibility parenthetical. */
  text: z.string().min(10),
});
export type MeasureEntry = z.infer<typeof measureEntrySchema>;
