/**
 * The one description of how a bar chart looks, shared by the browser (render-chart.ts, drawn
 * on the page) and the build (lib/images/chart-png.ts, the downloadable PNG), so the picture a
 * journalist downloads is the picture a reader sees.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';

/** What drawing a chart needs: the same numbers as its table, in one language. */
export interface ChartConfig {
  id: string;
  /** BCP 47 tag for number formatting. */
  locale: string;
  orientation: 'vertical' | 'horizontal';
  labels: string[];
  values: number[];
  valueLabel: string;
  title: string;
  /** What the numbers are and what kind of data (drawn under the title of the PNG). @example "措施数（条） · 根据方案整理" */
  subtitle?: string;
  sourceLine: string;
}

// Okabe–Ito blue: distinguishable in every common colour-vision deficiency. One series only,
// and every bar carries its number, so colour never carries the meaning on its own.
export const BAR_COLOUR = '#0072B2';
export const INK = '#1b1f23';

/** Writes each bar's value at its end: a direct label instead of making readers trace an axis. */
const valueLabels = (format: (n: number) => string, fontFamily: string, fontSize: number): Plugin<'bar'> => ({
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.fillStyle = INK;
    ctx.font = `600 ${fontSize}px ${fontFamily}`;
    ctx.textAlign = horizontal ? 'left' : 'center';
    ctx.textBaseline = horizontal ? 'middle' : 'bottom';
    chart.getDatasetMeta(0).data.forEach((bar, i) => {
      const value = chart.data.datasets[0]!.data[i] as number;
      ctx.fillText(format(value), horizontal ? bar.x + 6 : bar.x, horizontal ? bar.y : bar.y - 4);
    });
    ctx.restore();
  },
});

export interface DrawingOptions {
  animate: boolean;
  fontFamily: string;
  /** False on the page (the chart follows its box), true at build time (a fixed-size canvas). */
  fixedSize?: boolean;
  /** Tick and value-label size in CSS px; larger in the PNG, which is placed small in articles. */
  fontSize?: number;
}

export function barChartConfiguration(config: ChartConfig, { animate, fontFamily, fixedSize = false, fontSize = 12 }: DrawingOptions): ChartConfiguration<'bar'> {
  const format = new Intl.NumberFormat(config.locale).format;
  const horizontal = config.orientation === 'horizontal';
  return {
    type: 'bar',
    data: { labels: config.labels, datasets: [{ label: config.valueLabel, data: config.values, backgroundColor: BAR_COLOUR, maxBarThickness: 36 }] },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: !fixedSize,
      maintainAspectRatio: false,
      animation: animate ? { duration: 400 } : false,
      layout: { padding: horizontal ? { right: 36 } : { top: 22 } },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => `${config.valueLabel}: ${format(item.parsed[horizontal ? 'x' : 'y'] ?? 0)}` } },
      },
      scales: {
        [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0, color: INK, font: { family: fontFamily, size: fontSize }, callback: (v: string | number) => format(Number(v)) } },
        [horizontal ? 'y' : 'x']: { ticks: { color: INK, autoSkip: false, font: { family: fontFamily, size: fontSize } }, grid: { display: false } },
      },
    },
    plugins: [valueLabels(format, fontFamily, fontSize + 1)],
  };
}

/** The part of a 2D context that text wrapping needs (browser and @napi-rs/canvas both have it). */
interface MeasuresText {
  measureText(text: string): { width: number };
}

/** Chinese punctuation that must not begin a line (it stays with the character before it). */
const NO_LINE_START = /^[，。、；：！？）》」』〕】”’…%]/;

/**
 * Wraps text to a width, breaking between words or, for Chinese, between characters (never
 * before closing punctuation).
 */
export function wrapText(ctx: MeasuresText, text: string, width: number): string[] {
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && !NO_LINE_START.test(token) && ctx.measureText(line + token).width > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}
