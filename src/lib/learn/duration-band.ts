/** Lesson lengths teachers plan by: one class period (up to 45 minutes) or more. Labels: `learn.duration.<id>`. */
export const DURATION_BANDS = ['one-period', 'longer'] as const;
export type DurationBand = (typeof DURATION_BANDS)[number];

/** @example durationBand(40) === 'one-period'; durationBand(90) === 'longer' */
export const durationBand = (minutes: number): DurationBand => (minutes <= 45 ? 'one-period' : 'longer');
