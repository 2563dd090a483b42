import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { measureEntrySchema } from './lib/schemas/measure-entry';
import { qaEntrySchema } from './lib/schemas/qa-entry';
import { planEntrySchema } from './lib/schemas/plan-entry';
import { pageEntrySchema } from './lib/schemas/page-entry';

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

export const collections = { plan, measures, qa, pages };
