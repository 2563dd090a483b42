import targetsJson from '../data/targets.json';
import { targetsFileSchema, type Target } from './schemas/target';
import { ContentError, describeZodIssues } from './validation-errors';
import type { Locale } from './locales';

export const TARGETS_FILE = 'src/data/targets.json';

/** Validates targets.json (shape only; quotes are checked against the plan by a unit test). */
export function parseTargets(value: unknown, file = TARGETS_FILE): Target[] {
  const result = targetsFileSchema.safeParse(value);
  if (!result.success) throw new ContentError(describeZodIssues(file, result.error));
  return result.data;
}

export const targets: readonly Target[] = parseTargets(targetsJson);

export function targetsOfMeasure(measure: number): Target[] {
  return targets.filter((t) => t.measure === measure);
}

export function mainGoals(): Target[] {
  return targets.filter((t) => t.section === 'main-goals');
}

/**
 * The number with its comparator and unit, as the plan would say it.
 * @example formatTargetValue(pv, 'zh-cn') === '20%以上'; formatTargetValue(pv, 'en') === '20% or more'
 */
export function formatTargetValue(t: Target, locale: Locale): string | undefined {
  if (t.value === null || t.unit === null) return undefined;
  const number = `${t.value}${t.unit === 'km' ? (locale === 'zh-cn' ? '公里' : ' km') : '%'}`;
  if (t.comparator === 'gte') return locale === 'zh-cn' ? `不低于${number}` : `${number} or more`;
  return number;
}

/** @example formatDeadline(t, 'en') === 'by 2025' / 'before 2030' / undefined */
export function formatDeadline(t: Target, locale: Locale): string | undefined {
  if (t.deadline === null) return undefined;
  if (t.deadlineKind === 'before') return locale === 'zh-cn' ? `${t.deadline}年前` : `before ${t.deadline}`;
  return locale === 'zh-cn' ? `到${t.deadline}年` : `by ${t.deadline}`;
}
