import { latestRows, latestVersion } from './datasets';
import type { RowOf } from './datasets/row-schemas';
import { ContentError } from './validation-errors';

export type PilotResult = RowOf<'pilot-results'>;
export const pilotResultsDataset = () => latestVersion('pilot-results');

export function resultsOfPilot(slug: string): PilotResult[] {
  return latestRows('pilot-results').filter((r) => r.pilot === slug);
}

/**
 * Every result row belongs to a pilot that exists; a typo in `pilot` would otherwise hide the
 * row silently. Problems name the dataset file, the row and the field.
 */
export function checkResultsBelongToPilots(rows: readonly PilotResult[], pilotSlugs: readonly string[], file: string): void {
  const known = new Set(pilotSlugs);
  const problems = rows.flatMap((r, i) => (known.has(r.pilot) ? [] : [`${file}: rows[${i}].pilot: no pilot "${r.pilot}" in src/content/pilots/`]));
  if (problems.length) throw new ContentError(problems);
}

/** Relative change from baseline to latest, e.g. -0.097 for a 9.7% fall; undefined from a zero baseline. */
export const relativeChange = (r: Pick<PilotResult, 'baseline' | 'latest'>) => (r.baseline === 0 ? undefined : (r.latest - r.baseline) / r.baseline);
