import { z } from 'astro/zod';

const bilingual = z.strictObject({ zh: z.string().min(2), en: z.string().min(2) });

/**
 * `src/data/press-contact.json`: the press office's contact details, site configuration that
 * the district fills in. Every field may be null ("not yet configured"); the page shows that
 * plainly rather than a made-up person or number.
 */
export const pressContactSchema = z.strictObject({
  $comment: z.string().optional(),
  /** @example { zh: "北京市西城区发展和改革委员会", en: "Xicheng District Development and Reform Commission" } */
  office: bilingual.nullable(),
  /** @example "+86 10 0000 0000" */
  phone: z.string().regex(/^\+?[\d\s()-]{6,}$/, 'a telephone number: digits, spaces, +, ( ) and -').nullable(),
  email: z.email().nullable(),
  address: bilingual.nullable(),
  /** Office hours. @example { zh: "工作日 9:00–17:00", en: "Working days 9:00–17:00" } */
  hours: bilingual.nullable(),
});
export type PressContact = z.infer<typeof pressContactSchema>;
