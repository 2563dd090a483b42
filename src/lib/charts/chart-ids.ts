/**
 * Chart ids, computable without loading any dataset module, so the checks that run before the
 * build (validate-sources.ts) can tell whether a showcase names a chart that exists.
 */
export const PLAN_CHART_IDS = ['targets-by-deadline', 'measures-per-category', 'measures-per-department'] as const;

/** Every chart id. */
export const allChartIds = (): string[] => [...PLAN_CHART_IDS];
