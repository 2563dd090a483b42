/**
 * The downloadable PNG of a chart, drawn at build time with the same Chart.js configuration as
 * the page, with its title above and its source line below, so the image stays attributable
 * wherever it is reposted. Built once per chart and language, then reused (the press kit lists
 * the file sizes).
 */
import { createCanvas } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { barChartConfiguration, INK, wrapText, type ChartConfig } from '../charts/bar-chart-config';
import { assertDrawable } from './font-coverage';
import { imageFontCharacters, useImageFont } from './image-font';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export const WIDTH = 1200;
const PAD = 32;
/** Drawn at twice the CSS size, like a high-density screen, so text stays crisp when zoomed. */
export const SCALE = 2;
/**
 * Axis and value labels: an article places a 2,400 px image at perhaps 600 px, so labels must be
 * at least about 1.2 % of the image's width to stay legible there (15 px × 2 = 30 px of 2,400).
 */
export const PNG_LABEL_SIZE = 15;

export function chartHeight(config: ChartConfig): number {
  return config.orientation === 'horizontal' ? 60 + config.labels.length * 40 : 440;
}

function drawChart(config: ChartConfig, fontFamily: string) {
  const width = WIDTH - 2 * PAD;
  const height = chartHeight(config);
  const canvas = createCanvas(width, height);
  // Chart.js draws into a 2D context it is handed; at build time there is no DOM, so it sizes
  // itself from the canvas (scaling it by devicePixelRatio) and never animates.
  const configuration = barChartConfiguration(config, { animate: false, fontFamily, fixedSize: true, fontSize: PNG_LABEL_SIZE });
  configuration.options = { ...configuration.options, devicePixelRatio: SCALE };
  const chart = new Chart(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, configuration);
  return { canvas, chart, width, height };
}

const cache = new Map<string, Buffer>();

/** The PNG bytes of one chart in one language. */
export function chartPng(config: ChartConfig): Buffer {
  const key = `${config.id}|${config.locale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const fontFamily = useImageFont();
  assertDrawable([config.title, config.subtitle ?? '', config.sourceLine, config.valueLabel, ...config.labels].join(''), imageFontCharacters(), `chart ${config.id} (${config.locale})`);

  const drawn = drawChart(config, `"${fontFamily}"`);
  const measure = createCanvas(1, 1).getContext('2d');
  measure.font = `400 15px "${fontFamily}"`;
  const sourceLines = wrapText(measure, config.sourceLine, WIDTH - 2 * PAD);
  measure.font = `700 26px "${fontFamily}"`;
  const titleLines = wrapText(measure, config.title, WIDTH - 2 * PAD);
  measure.font = `400 18px "${fontFamily}"`;
  const subtitleLines = config.subtitle ? wrapText(measure, config.subtitle, WIDTH - 2 * PAD) : [];
  const titleHeight = titleLines.length * 36 + subtitleLines.length * 26 + 16;
  const height = PAD + titleHeight + drawn.height + 16 + sourceLines.length * 22 + PAD;

  const out = createCanvas(WIDTH * SCALE, height * SCALE);
  const ctx = out.getContext('2d');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'top';
  ctx.font = `700 26px "${fontFamily}"`;
  titleLines.forEach((line, i) => ctx.fillText(line, PAD, PAD + i * 36));
  ctx.font = `400 18px "${fontFamily}"`;
  subtitleLines.forEach((line, i) => ctx.fillText(line, PAD, PAD + titleLines.length * 36 + i * 26));
  ctx.drawImage(drawn.canvas, PAD, PAD + titleHeight, drawn.width, drawn.height);
  ctx.font = `400 15px "${fontFamily}"`;
  sourceLines.forEach((line, i) => ctx.fillText(line, PAD, PAD + titleHeight + drawn.height + 16 + i * 22));
  drawn.chart.destroy(); // after copying: destroying clears the canvas
  const png = out.toBuffer('image/png');
  cache.set(key, png);
  return png;
}
