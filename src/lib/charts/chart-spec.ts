import type { ChartId } from './chart-ids';
import type { Bilingual } from '../schemas/dataset';
import type { Dataset } from '../datasets';

/** One bar: its label in both languages, its value, and where a reader learns more. */
export interface ChartPoint {
  label: Bilingual;
  value: number;
  /** Locale-neutral route path, e.g. `/measures/7/`. */
  routePath?: string;
}

/**
 * A chart of one dataset version. Everything a chart shows is computed here at build time, so
 * the caption, the table, the CSV, the PNG and the embed all show the very same numbers.
 */
export interface ChartSpec {
  /** Stable id used for anchors, `/embed/<id>/` and `/charts/<id>.csv`. */
  id: ChartId;
  /** Locale-neutral route of the page the chart belongs to (its permalink and the embed's link back). */
  homeRoutePath: string;
  dataset: Dataset;
  title: Bilingual;
  /** Heading of the label column and the value column of the table. */
  labelHeading: Bilingual;
  valueHeading: Bilingual;
  /** Horizontal bars read better with long labels (department names). */
  orientation: 'vertical' | 'horizontal';
  points: ChartPoint[];
  /** A sentence that says what the chart shows, for the canvas's accessible name. */
  summary: Bilingual;
}
