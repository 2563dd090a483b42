import { toCsv } from '../datasets/csv';
import { datasetRef } from '../datasets';
import { PROVENANCE_HEADERS, provenanceCells } from '../datasets/dataset-csv';
import type { ChartSpec } from './chart-spec';

/**
 * Exactly the numbers the chart shows, both languages' labels, the dataset version they come
 * from, and that dataset's provenance and sources on every row.
 */
export function chartToCsv(chart: ChartSpec): string {
  const header = [
    `${chart.labelHeading.zh}（中文） / ${chart.labelHeading.en} (Chinese)`,
    `${chart.labelHeading.zh}（英文） / ${chart.labelHeading.en} (English)`,
    `${chart.valueHeading.zh} / ${chart.valueHeading.en}`,
    '数据集 / Dataset',
    ...PROVENANCE_HEADERS,
  ];
  const provenance = provenanceCells(chart.dataset);
  return toCsv(header, chart.points.map((p) => [p.label.zh, p.label.en, p.value, datasetRef(chart.dataset), ...provenance]));
}
