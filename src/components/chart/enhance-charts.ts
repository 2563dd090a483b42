/**
 * Progressive enhancement of every `<figure data-chart>`: without JavaScript the figure is a
 * caption, a table and download links (the PNG is drawn at build time). With it, the chart is
 * drawn when it scrolls into view (Chart.js is fetched only then), with a chart/table toggle.
 */
import type { ChartConfig } from '../../lib/charts/bar-chart-config';

type Renderer = typeof import('./render-chart');
let renderer: Promise<Renderer> | undefined;
const loadRenderer = () => (renderer ??= import('./render-chart'));

function setup(figure: HTMLElement) {
  const config = JSON.parse(figure.dataset.chart!) as ChartConfig;
  const toolbar = figure.querySelector<HTMLElement>('[data-chart-toolbar]')!;
  const toggle = figure.querySelector<HTMLButtonElement>('[data-chart-toggle]')!;
  const canvasBox = figure.querySelector<HTMLElement>('[data-chart-canvas]')!;
  const canvas = canvasBox.querySelector('canvas')!;
  canvasBox.style.height = `${canvasBox.dataset.height}px`;
  const table = figure.querySelector<HTMLElement>('[data-chart-table]')!;
  const status = figure.querySelector<HTMLElement>('[data-chart-status]')!;
  let drawn: Promise<void> | undefined;

  const showChart = (chart: boolean) => {
    canvasBox.hidden = !chart;
    table.hidden = chart;
    toggle.textContent = chart ? figure.dataset.labelShowTable! : figure.dataset.labelShowChart!;
  };
  const draw = () =>
    (drawn ??= loadRenderer()
      .then(({ renderChart }) => {
        canvasBox.hidden = false;
        renderChart(canvas, config);
        showChart(true);
        toolbar.hidden = false;
      })
      .catch(() => {
        // The table stays: the reader loses nothing but the picture.
        status.textContent = figure.dataset.labelFailed!;
        drawn = undefined;
      }));

  toggle.addEventListener('click', () => showChart(canvasBox.hidden === true));

  if (!('IntersectionObserver' in window)) return void draw();
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      observer.disconnect();
      void draw();
    }
  }, { rootMargin: '200px' });
  observer.observe(figure);
}

export function enhanceCharts(root: ParentNode) {
  root.querySelectorAll<HTMLElement>('figure[data-chart]').forEach(setup);
}
