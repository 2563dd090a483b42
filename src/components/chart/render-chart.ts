/**
 * Draws a bar chart with Chart.js. Only the pieces a bar chart needs are registered, so the
 * bundle stays small; this module is fetched only when a chart scrolls into view.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface ChartConfig {
  id: string;
  /** BCP 47 tag for number formatting. */
  locale: string;
  orientation: 'vertical' | 'horizontal';
  labels: string[];
  values: number[];
  valueLabel: string;
  title: string;
  sourceLine: string;
}

// Okabe–Ito blue: distinguishable in every common colour-vision deficiency. One series only,
// and every bar carries its number, so colour never carries the meaning on its own.
const BAR_COLOUR = '#0072B2';
const INK = '#1b1f23';
const FONT = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Writes each bar's value at its end: a direct label instead of making readers trace an axis. */
const valueLabels = (format: (n: number) => string): Plugin<'bar'> => ({
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.fillStyle = INK;
    ctx.font = `600 13px ${FONT}`;
    ctx.textAlign = horizontal ? 'left' : 'center';
    ctx.textBaseline = horizontal ? 'middle' : 'bottom';
    chart.getDatasetMeta(0).data.forEach((bar, i) => {
      const value = chart.data.datasets[0]!.data[i] as number;
      ctx.fillText(format(value), horizontal ? bar.x + 6 : bar.x, horizontal ? bar.y : bar.y - 4);
    });
    ctx.restore();
  },
});

export function renderChart(canvas: HTMLCanvasElement, config: ChartConfig): Chart<'bar'> {
  const format = new Intl.NumberFormat(config.locale).format;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const horizontal = config.orientation === 'horizontal';
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: config.labels, datasets: [{ label: config.valueLabel, data: config.values, backgroundColor: BAR_COLOUR, maxBarThickness: 36 }] },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 400 },
      layout: { padding: horizontal ? { right: 36 } : { top: 22 } },
      plugins: { tooltip: { callbacks: { label: (item) => `${config.valueLabel}: ${format(item.parsed[horizontal ? 'x' : 'y'] ?? 0)}` } } },
      scales: {
        [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0, color: INK, font: { family: FONT }, callback: (v: string | number) => format(Number(v)) } },
        [horizontal ? 'y' : 'x']: { ticks: { color: INK, autoSkip: false, font: { family: FONT } }, grid: { display: false } },
      },
    },
    plugins: [valueLabels(format)],
  });
}

/** Wraps text to a width, breaking between words or, for Chinese, between characters. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && ctx.measureText(line + token).width > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/**
 * A PNG of the chart on white, with its title above and its source line below, so the image
 * stays attributable wherever it is reposted.
 */
export function chartPngUrl(canvas: HTMLCanvasElement, config: ChartConfig): string {
  const scale = canvas.clientWidth ? canvas.width / canvas.clientWidth : window.devicePixelRatio || 1;
  const pad = 16 * scale;
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  out.width = canvas.width + 2 * pad;
  ctx.font = `${13 * scale}px ${FONT}`;
  const sourceLines = wrap(ctx, config.sourceLine, out.width - 2 * pad);
  const titleHeight = 34 * scale;
  const sourceHeight = sourceLines.length * 18 * scale + pad;
  out.height = pad + titleHeight + canvas.height + sourceHeight;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'top';
  ctx.font = `700 ${18 * scale}px ${FONT}`;
  ctx.fillText(config.title, pad, pad);
  ctx.drawImage(canvas, pad, pad + titleHeight);
  ctx.font = `${13 * scale}px ${FONT}`;
  sourceLines.forEach((line, i) => ctx.fillText(line, pad, pad + titleHeight + canvas.height + 8 * scale + i * 18 * scale));
  return out.toDataURL('image/png');
}
