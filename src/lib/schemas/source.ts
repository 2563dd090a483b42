import { z } from 'astro/zod';
import { measureNumber } from './measure-number';
import { plainText } from './plain-text';
import { webUrl } from './web-url';

/**
 * A calendar date as `YYYY-MM-DD`. Astro's YAML reader turns an unquoted date into a Date, the
 * test's reader keeps the text; both end up as the same string.
 */
const dateAsText = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
export const calendarDate = z.preprocess(dateAsText, z.iso.date());

/** The languages a source may be published in; an English page adds "(in Chinese)". */
export const SOURCE_LANGUAGES = ['zh-CN', 'en', 'ja', 'pt'] as const;

/**
 * A publication a fact rests on, written in the entry's own language.
 * @example { publisher: "人民网-北京频道", title: "全市首个 北京西城实现政府机关办公区100%绿电使用", date: "2023-10-20", url: "http://bj.people.com.cn/…" }
 */
export const entrySourceSchema = z.strictObject({
  publisher: plainText(2),
  /** The title in the entry's language: on an English entry, a faithful translation of a Chinese title. */
  title: plainText(2),
  /** The title as published, when `title` is a translation. @example "全市首个 北京西城实现政府机关办公区100%绿电使用" */
  originalTitle: plainText(2).optional(),
  /** The language the source is published in, when it differs from the entry's. @example "zh-CN" */
  language: z.enum(SOURCE_LANGUAGES).optional(),
  /** Publication date (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known). */
  date: z.preprocess(dateAsText, z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
  url: webUrl().nullable().default(null),
});
export type EntrySource = z.infer<typeof entrySourceSchema>;

/**
 * What a published story is: `official` rests on a government publication, `reported` on a named
 * news report (publisher, title, date and URL). Invented example content has no provenance a
 * public page may show: it lives in authoring templates and test fixtures only.
 */
export const ENTRY_PROVENANCES = ['official', 'reported'] as const;
export type EntryProvenance = (typeof ENTRY_PROVENANCES)[number];

export const provenanceFields = {
  provenance: z.enum(ENTRY_PROVENANCES, {
    error: 'must be official (a government publication) or reported (a named news report); example content belongs in templates, not on public pages',
  }),
  sources: z.array(entrySourceSchema).min(1, 'name at least one source: the publication the facts come from'),
};

/** A `reported` entry cites at least one news report that readers can open. */
export const reportedNeedsUrl = {
  check: (e: { provenance: string; sources: { url: string | null }[] }) => e.provenance !== 'reported' || e.sources.some((s) => s.url),
  message: 'a reported entry must link the news report it rests on (a source with a url)',
} as const;

/**
 * The plan's own words that tie an entry to a measure, quoted exactly from the measure's text in
 * the entry's language (checked before the build).
 * @example { measure: 7, quote: "大力发展可再生能源" }
 */
export const planWordsSchema = z.array(z.strictObject({ measure: measureNumber(), quote: plainText(2) })).min(1);

/** The day the plan was issued (西政发〔2022〕10号, 29 December 2022): what happened before is background. */
export const PLAN_ISSUED = '2022-12-29';
/** A year up to the plan's: everything in it happened before the plan was issued on 29 December. */
export const isBeforePlan = (year: number) => year <= Number(PLAN_ISSUED.slice(0, 4));
/** A date (YYYY, YYYY-MM or YYYY-MM-DD) before the plan was issued. */
export const isBeforePlanDate = (date: string) => date < PLAN_ISSUED;
