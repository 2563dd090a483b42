import { toCsv } from '../csv';
import { datasetRef } from '../datasets';
import type { ChartSpec } from './chart-spec';

/** Exactly the numbers the chart shows, both languages' labels, and the dataset version they come from. */
export function chartToCsv(chart: ChartSpec): string {
  const header = [
    `${chart.labelHeading.zh}（中文） / ${chart.labelHeading.en} (Chinese)`,
    `${chart.labelHeading.zh}（英文） / ${chart.labelHeading.en} (English)`,
    `${chart.valueHeading.zh} / ${chart.valueHeading.en}`,
    '数据集 / Dataset',
  ];
  return toCsv(header, chart.points.map((p) => [p.label.zh, p.label.en, p.value, datasetRef(chart.dataset)]));
}
