/**
 * Every chart's id, computable without loading any dataset module, so the checks that run
 * before the build can tell whether a showcase names a chart that exists. The definitions
 * (definitions.ts) are typed against this list, and tests/unit/charts.test.ts fails if the two
 * ever differ.
 */
export const CHART_IDS = ['targets-by-deadline', 'measures-per-category', 'measures-per-department'] as const;
export type ChartId = (typeof CHART_IDS)[number];
