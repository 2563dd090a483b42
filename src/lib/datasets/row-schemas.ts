import { z } from 'astro/zod';
import { targetSchema } from '../schemas/target';
import { EMISSION_CATEGORIES } from './emission-categories';

/** Measure numbers as a space-separated list, so a row stays a flat CSV line. @example "1 3 21" */
const measureList = z.string().regex(/^([1-9]|1\d|2[0-4])( ([1-9]|1\d|2[0-4]))*$/, 'must list measure numbers 1–24 separated by spaces');

const groupId = z.string().regex(/^[a-z][a-z0-9-]*$/);

/**
 * A physical quantity: finite, not negative, and below a plausible maximum for what it measures,
 * so a typing slip (`-59382`, `1e308`) is refused before it becomes a chart or a "-100 %".
 */
const quantity = (max: number) => z.number().min(0, 'must not be negative: it is a physical quantity').max(max, `is implausibly large (more than ${max})`);
const measuresOfGroup = { measureCount: z.number().int().min(0).max(24), measures: measureList };

/**
 * The shape of each dataset's rows, by dataset id: the single source of truth for what a row
 * holds. A dataset folder without an entry here fails validation, so a new dataset is always
 * typed.
 */
export const ROW_SCHEMAS = {
  'plan-targets': targetSchema,
  'measures-by-category': z.strictObject({ id: groupId, number: z.number().int().min(1).max(7), zh: z.string().min(1), en: z.string().min(1), ...measuresOfGroup }),
  'measures-by-department': z.strictObject({ id: groupId, zh: z.string().min(1), en: z.string().min(1), ...measuresOfGroup }),
  /** One measured result of a pilot (src/content/pilots/<locale>/<pilot>.mdx): baseline and latest value. */
  'pilot-results': z.strictObject({
    id: groupId,
    /** The pilot's slug. */
    pilot: groupId,
    zh: z.string().min(2),
    en: z.string().min(2),
    unitZh: z.string().min(1, 'a result needs a unit'),
    unitEn: z.string().min(1, 'a result needs a unit'),
    baseline: quantity(1e9),
    baselinePeriod: z.string().min(4, 'a result needs the period its baseline covers, e.g. "2022"'),
    latest: quantity(1e9),
    latestPeriod: z.string().min(4, 'a result needs the period its latest value covers, e.g. "2024"'),
    methodZh: z.string().min(4),
    methodEn: z.string().min(4),
  }),
  /**
   * One emission factor of the household carbon calculator (/learn/calculator/): kg CO₂ per unit
   * of what a household enters, how many of the input's periods make a year, whether the factor
   * is an official published figure (naming it) or an illustrative value, and the measures that
   * address this part of a household's emissions.
   */
  'household-emission-factors': z.strictObject({
    id: groupId,
    category: z.enum(EMISSION_CATEGORIES),
    zh: z.string().min(2),
    en: z.string().min(2),
    inputUnitZh: z.string().min(1),
    inputUnitEn: z.string().min(1),
    /** 12 for an input per month, 52 per week, 1 per heating season or year. */
    perYear: z.union([z.literal(1), z.literal(12), z.literal(52)]),
    /** The largest input the calculator accepts; anything above is a typing mistake. */
    maxInput: quantity(1e7).positive(),
    factor: quantity(100),
    factorUnitZh: z.string().min(1),
    factorUnitEn: z.string().min(1),
    provenance: z.enum(['official', 'illustrative']),
    sourceZh: z.string().min(4),
    sourceEn: z.string().min(4),
    measures: measureList,
  }),
  /**
   * One year's National Energy Conservation Week or Low-Carbon Day: its dates, edition and theme
   * as the named page states them (blank where no reliable page states them), and that page.
   */
  'energy-week-and-low-carbon-day': z.strictObject({
    /** `<year>-<event>`. @example "2024-low-carbon-day" */
    id: z.string().regex(/^\d{4}-(energy-conservation-week|low-carbon-day)$/),
    year: z.number().int().min(1991).max(2100),
    event: z.enum(['energy-conservation-week', 'low-carbon-day']),
    edition: z.number().int().min(1).max(100).nullable(),
    start: z.iso.date(),
    end: z.iso.date(),
    themeZh: z.string().min(2).nullable(),
    themeEn: z.string().min(2).nullable(),
    notice: z.string().min(4).nullable(),
    sourcePublisher: z.string().min(2),
    sourceTitle: z.string().min(2).nullable(),
    sourceDate: z.iso.date().nullable(),
    sourceUrl: z.url().refine((u) => /^https?:\/\//.test(u), 'must be an http(s) address'),
    sourceKind: z.enum(['official', 'reported']),
  }).refine((r) => r.start <= r.end && r.start.startsWith(`${r.year}-`), { message: 'start must fall in the year and not after end', path: ['start'] })
    .refine((r) => r.event !== 'low-carbon-day' || r.start === r.end, { message: 'Low-Carbon Day is one day', path: ['end'] }),
} as const;

export type DatasetId = keyof typeof ROW_SCHEMAS;
export type RowOf<Id extends DatasetId> = z.infer<(typeof ROW_SCHEMAS)[Id]>;
export const isDatasetId = (id: string): id is DatasetId => Object.hasOwn(ROW_SCHEMAS, id);
