import type { Target } from '../schemas/target';
import { latestRows, latestVersion } from '../datasets';
import type { Locale } from '../i18n/locales';

/** The plan's targets: the latest release of the `plan-targets` dataset (validated on load). */
export const targets: readonly Target[] = latestRows('plan-targets');
export const targetsDataset = latestVersion('plan-targets');

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
  const zh = locale === 'zh-cn';
  const atLeast = t.comparator === 'gte';
  switch (t.unit) {
    case '%':
      return atLeast ? (zh ? `不低于${t.value}%` : `${t.value}% or more`) : `${t.value}%`;
    case 'km':
      return zh ? `${atLeast ? '不低于' : ''}${t.value}公里` : `${t.value} km${atLeast ? ' or more' : ''}`;
    case 'stars':
      return zh ? `${t.value}星级${atLeast ? '及以上' : ''}` : `${t.value}-star${atLeast ? ' or above' : ''}`;
    case 'kinds':
      return zh ? `${atLeast ? '至少' : ''}${t.value}种` : `${atLeast ? 'at least ' : ''}${t.value} kind${t.value === 1 ? '' : 's'}`;
  }
}

/** @example formatDeadline(t, 'en') === 'by 2025' / 'before 2030' / undefined */
export function formatDeadline(t: Target, locale: Locale): string | undefined {
  if (t.deadline === null) return undefined;
  if (t.deadlineKind === 'before') return locale === 'zh-cn' ? `${t.deadline}年前` : `before ${t.deadline}`;
  return locale === 'zh-cn' ? `到${t.deadline}年` : `by ${t.deadline}`;
}
