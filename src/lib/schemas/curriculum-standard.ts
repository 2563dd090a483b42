import { z } from 'astro/zod';
import { plainText } from './plain-text';
import { entrySourceSchema } from './source';

const kebabId = () => z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case kebab-case');

/**
 * One of the core competencies (核心素养) a curriculum standard names, in both languages.
 * Lessons write their objectives against these ids, so an objective can only claim a
 * competency the standard really names.
 * @example { id: "scientific-thinking", zh: "科学思维", en: "scientific thinking" }
 */
const competencySchema = z.strictObject({ id: kebabId(), zh: plainText(2), en: plainText(3) });

/**
 * One national curriculum document of `src/content/curriculum/standards.yaml`: the 2022
 * compulsory-education standards, the 2017 (revised 2020) senior-high standards, and the 2017
 * guidelines for integrated practice activities. The registry is the single source of their
 * names and competencies; lessons link to them by id and the curriculum map lists them.
 */
export const curriculumStandardSchema = z.strictObject({
  id: kebabId(),
  /** The lesson subject (SUBJECTS in lesson-entry.ts) this document governs. */
  subject: z.string().regex(/^[a-z-]+$/),
  /** The grade bands it covers. */
  bands: z.array(z.enum(['primary', 'junior', 'senior'])).min(1),
  /** The title and the notice that issued the document, cited in each language (on the English side, a translated title with `originalTitle` and `language: zh-CN`). */
  zh: z.strictObject({ title: plainText(4), source: entrySourceSchema }),
  en: z.strictObject({ title: plainText(4), source: entrySourceSchema }),
  /** What the document calls the competencies: 核心素养, or for integrated practice its 课程目标. */
  competencyKind: z.enum(['core-competencies', 'course-goals']),
  competencies: z.array(competencySchema).min(2),
});
export type CurriculumStandard = z.infer<typeof curriculumStandardSchema>;

/** A document's title as the page's language writes it: in 《》 in Chinese, plain in English. */
export const standardTitle = (locale: 'zh-cn' | 'en', s: CurriculumStandard) => (locale === 'zh-cn' ? `《${s.zh.title}》` : s.en.title);
