import { toCsv } from '../csv';
import type { Dataset } from './parse-dataset';

/** Header cell in both languages, so one file serves every reader: `条款 / Measure`. */
export const bilingualHeader = (column: Dataset['columns'][number]) => `${column.zh} / ${column.en}`;

/** The CSV published beside `/data/<id>/<version>.json`: the same rows, the same column order. */
export function datasetToCsv(dataset: Pick<Dataset, 'columns' | 'rows'>): string {
  return toCsv(
    dataset.columns.map(bilingualHeader),
    dataset.rows.map((row) => dataset.columns.map((c) => row[c.key] as string | number | null)),
  );
}
