/**
 * The "what if" comparison: how a second set of inputs changes a figure, as a difference and a
 * percentage of the first. A percentage of zero is meaningless, so it is left out (null) then.
 */
export interface Change {
  now: number;
  whatIf: number;
  difference: number;
  /** difference ÷ now, or null when now is 0. */
  ratio: number | null;
}

export function change(now: number, whatIf: number): Change {
  const difference = Math.round((whatIf - now) * 1000) / 1000;
  return { now, whatIf, difference, ratio: now === 0 ? null : difference / now };
}

/**
 * A signed number as tables print it: the true minus sign (U+2212), which Intl.NumberFormat does
 * not write (docs/english-style.md, "Negative numbers").
 * @example withMinusSign('-25%') === '−25%'
 */
export const withMinusSign = (formatted: string): string => formatted.replace(/-/g, '\u2212');
