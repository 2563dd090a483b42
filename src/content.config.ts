import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { measureEntrySchema } from './lib/schemas/measure-entry';
import { qaEntrySchema } from './lib/schemas/qa-entry';
import { planEntrySchema } from './lib/schemas/plan-entry';
import { pageEntrySchema } from './lib/schemas/page-entry';
import { caseEntrySchema } from './lib/schemas/case-entry';
import { pilotEntrySchema } from './lib/schemas/pilot-entry';
import { showcaseEntrySchema } from './lib/schemas/showcase-entry';
import { lessonEntrySchema } from './lib/schemas/lesson-entry';
import { glossaryTermSchema } from './lib/schemas/glossary-term';
import { quizQuestionSchema } from './lib/schemas/quiz-question';
import { handoutEntrySchema } from './lib/schemas/handout-entry';
import { curriculumStandardSchema } from './lib/schemas/curriculum-standard';

// Every collection stores one folder per locale (zh-cn/, en/); an entry's id starts with it,
// e.g. "zh-cn/07". Schemas live in src/lib/schemas so unit tests can use them too.

/** The plan body, one MDX file per language; measures are pulled in from `measures`. */
const plan = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/plan' }),
  schema: planEntrySchema,
});

/** The 24 measures: verbatim text in frontmatter, plain-language explanation as body. */
const measures = defineCollection({
  loader: glob({ pattern: '*/[0-9][0-9].mdx', base: './src/content/measures' }),
  schema: measureEntrySchema,
});

/** Plain-language questions and answers (/plan/qa/). */
const qa = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './src/content/qa' }),
  schema: qaEntrySchema,
});

/** Stand-alone prose pages such as /about/. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/pages' }),
  schema: pageEntrySchema,
});

/** Exemplary cases (典型案例) the district has publicly reported, each with its sources and provenance. */
const cases = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/cases' }),
  schema: caseEntrySchema,
});

/** Pilots and demonstration programmes, each with the dated source of its status. */
const pilots = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/pilots' }),
  schema: pilotEntrySchema,
});

/** Energy Conservation Week and Low-Carbon Day showcases for the press (/press/showcases/<id>/). */
const showcases = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/showcases' }),
  schema: showcaseEntrySchema,
});

/** Lessons for teachers by grade band (/learn/<slug>/): lesson, worksheet and answer key. */
const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/lessons' }),
  schema: lessonEntrySchema,
});

/** Printable handouts lessons name (/learn/materials/<id>/ and its PDF). */
const handouts = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/handouts' }),
  schema: handoutEntrySchema,
});

/** The national curriculum documents lessons are mapped to (/learn/curriculum/), both languages in one file. */
const curriculum = defineCollection({
  loader: file('src/content/curriculum/standards.yaml'),
  schema: curriculumStandardSchema,
});

/** The glossary: both languages in one file, the single source of each term's English rendering. */
const glossary = defineCollection({
  loader: file('src/content/glossary/terms.yaml'),
  schema: glossaryTermSchema,
});

/** Quiz questions drawn from the plan, both languages in one file. */
const quiz = defineCollection({
  loader: file('src/content/quiz/questions.yaml'),
  schema: quizQuestionSchema,
});

export const collections = { plan, measures, qa, pages, cases, pilots, showcases, lessons, handouts, curriculum, glossary, quiz };
