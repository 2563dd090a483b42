import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../lib/charts/definitions';
import { chartToCsv } from '../../lib/charts/chart-csv';
import { chartConfigFor } from '../../lib/charts/chart-config-for';
import { chartPngFile } from '../../lib/charts/chart-files';
import { chartPng } from '../../lib/images/chart-png';
import type { ChartSpec } from '../../lib/charts/chart-spec';
import { LOCALES, type Locale } from '../../lib/i18n/locales';

// /charts/<chart-id>.csv — the "download CSV" of each chart: exactly the numbers it shows.
// /charts/<chart-id>.<zh-CN|en>.png — the chart drawn at build time with title and source line.
export const getStaticPaths = (() =>
  CHARTS.flatMap((chart) => [
    { params: { file: `${chart.id}.csv` }, props: { chart, format: 'csv' as const } },
    ...LOCALES.map((locale) => ({ params: { file: chartPngFile(chart.id, locale) }, props: { chart, format: 'png' as const, locale } })),
  ])) satisfies GetStaticPaths;

type Props = { chart: ChartSpec; format: 'csv' } | { chart: ChartSpec; format: 'png'; locale: Locale };

export const GET: APIRoute = ({ props }) => {
  const p = props as Props;
  if (p.format === 'csv') return new Response(chartToCsv(p.chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(new Uint8Array(chartPng(chartConfigFor(p.chart, p.locale))), { headers: { 'Content-Type': 'image/png' } });
};
