import { CHARTS } from './definitions';
import { chartConfigFor } from './chart-config-for';
import { chartCsvFile, chartPngFile } from './chart-files';
import { chartToCsv } from './chart-csv';
import { embedSnippet } from './embed-snippet';
import { chartPng } from '../images/chart-png';
import type { Locale } from '../i18n/locales';

/**
 * What the press page offers for each chart: the PNG (in the page's language) and the CSV, each
 * with the size of the very file the build writes under /charts/ (the PNG is drawn once per
 * language and reused), and the embed code.
 */
export function chartDownloads(locale: Locale, base: string, site: string) {
  return CHARTS.map((chart) => ({
    chart,
    png: { href: `${base}charts/${chartPngFile(chart.id, locale)}`, bytes: chartPng(chartConfigFor(chart, locale)).length },
    csv: { href: `${base}charts/${chartCsvFile(chart.id)}`, bytes: Buffer.byteLength(chartToCsv(chart), 'utf8') },
    embed: embedSnippet(chart, locale, base, site),
  }));
}
