import { z } from 'astro/zod';
import { measureNumber } from './measure-number';

/**
 * How firmly the plan commits, in its own words.
 * 确保 ensure · 力争 strive · 原则上 in principle · 要/应/必须 must ·
 * `directive`: stated as a task with no qualifier (e.g. “装配式建筑占新建面积比例达55%”).
 */
export const COMMITMENT_STRENGTHS = ['ensure', 'strive', 'in-principle', 'must', 'directive'] as const;

/**
 * A quantified or dated commitment in the plan (a row of the `plan-targets` dataset, `src/data/datasets/plan-targets/`).
 * Every target quotes the plan verbatim (`quote`), and a test checks the quote is really in
 * the measure or section it names, so nothing here can drift from the official text.
 */
export const targetSchema = z
  .strictObject({
    /** Stable id. @example "charging-service-radius" */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** The measure it belongs to, or null for the plan's main goals. */
    measure: measureNumber().nullable(),
    /** Section anchor when not a measure. @example "main-goals" */
    section: z.enum(['main-goals']).nullable(),
    /** The plan's words, verbatim (Chinese). */
    quote: z.string().min(4),
    /** What is targeted, in each language. */
    zh: z.string().min(2),
    en: z.string().min(2),
    /** The number, when the plan gives one. @example 0.9 */
    value: z.number().min(0, 'must not be negative').max(1e6, 'is implausibly large').nullable(),
    /** Unit of `value`: percent, kilometres, green-building star rating, kinds (of renewable energy). @example "km" */
    unit: z.enum(['%', 'km', 'stars', 'kinds']).nullable(),
    /** gte: “以上/不低于” (at least); eq: “达到/达” (reach). */
    comparator: z.enum(['gte', 'eq']).nullable(),
    /** Year by which, when the plan names one. */
    deadline: z.number().int().min(2022).max(2060).nullable(),
    /** `before`: “…年前” (before the year); `by`: “到…年” (by the year). */
    deadlineKind: z.enum(['by', 'before']).nullable(),
    strength: z.enum(COMMITMENT_STRENGTHS),
  })
  .refine((t) => (t.measure === null) !== (t.section === null), {
    message: 'a target belongs to exactly one measure or one section',
    path: ['measure'],
  })
  .refine((t) => (t.value === null) === (t.unit === null) && (t.value === null) === (t.comparator === null), {
    message: 'value, unit and comparator are given together or not at all',
    path: ['value'],
  })
  .refine((t) => (t.deadline === null) === (t.deadlineKind === null), {
    message: 'deadline and deadlineKind are given together',
    path: ['deadline'],
  });
export type Target = z.infer<typeof targetSchema>;
