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
