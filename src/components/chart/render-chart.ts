/**
 * Draws a bar chart with Chart.js. Only the pieces a bar chart needs are registered, so the
 * bundle stays small; this module is fetched only when a chart scrolls into view.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { barChartConfiguration, type ChartConfig } from '../../lib/charts/bar-chart-config';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const FONT = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export function renderChart(canvas: HTMLCanvasElement, config: ChartConfig): Chart<'bar'> {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return new Chart(canvas, barChartConfiguration(config, { animate: !reducedMotion, fontFamily: FONT }));
}
