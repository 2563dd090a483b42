import { z } from 'astro/zod';
import { plainText } from './plain-text';

const bilingual = () => z.strictObject({ zh: plainText(2), en: plainText(2) });
const isoDay = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/**
 * The facts that identify the plan (src/data/plan-metadata.json), stated once for every page,
 * citation, feed and image that names them: its title, document number, issuer, the office that
 * printed it, the date it bears and the day it was issued, and the portal's own name.
 */
export const planMetadataSchema = z.strictObject({
  title: bilingual(),
  documentNumber: bilingual(),
  issuer: bilingual(),
  printedBy: bilingual(),
  dated: isoDay(),
  issued: isoDay(),
  portal: bilingual(),
});
export type PlanMetadata = z.infer<typeof planMetadataSchema>;
