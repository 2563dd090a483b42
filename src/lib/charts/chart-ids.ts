/**
 * Chart ids, computable without loading any dataset module, so the checks that run before the
 * build (validate-sources.ts) can tell whether a showcase names a chart that exists.
 */
export const PLAN_CHART_IDS = ['targets-by-deadline', 'measures-per-category', 'measures-per-department'] as const;

/** The chart of one row of the pilot-results dataset. */
export const pilotResultChartId = (rowId: string) => `pilot-${rowId}`;

/** Every chart id, given the ids of the latest pilot-results rows. */
export const allChartIds = (pilotResultRowIds: readonly string[]): string[] => [...PLAN_CHART_IDS, ...pilotResultRowIds.map(pilotResultChartId)];
