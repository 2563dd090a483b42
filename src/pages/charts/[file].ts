import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../lib/charts/definitions';
import { chartToCsv } from '../../lib/charts/chart-csv';
import type { ChartSpec } from '../../lib/charts/chart-spec';

// /charts/<chart-id>.csv — the "download CSV" of each chart: exactly the numbers it shows.
export const getStaticPaths = (() => CHARTS.map((chart) => ({ params: { file: `${chart.id}.csv` }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(chartToCsv((props as { chart: ChartSpec }).chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
