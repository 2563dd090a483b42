import { latestRows } from './datasets';
import type { RowOf } from './datasets/row-schemas';

export type PilotResult = RowOf<'pilot-results'>;

export function resultsOfPilot(slug: string): PilotResult[] {
  return latestRows('pilot-results').filter((r) => r.pilot === slug);
}

/** Relative change from baseline to latest, e.g. -0.097 for a 9.7% fall; undefined from a zero baseline. */
export const relativeChange = (r: Pick<PilotResult, 'baseline' | 'latest'>) => (r.baseline === 0 ? undefined : (r.latest - r.baseline) / r.baseline);
