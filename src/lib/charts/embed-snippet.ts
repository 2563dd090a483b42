import type { Locale } from '../locales';
import { absoluteUrl, localizedPath } from '../urls';
import type { ChartSpec } from './chart-spec';

/**
 * The `<iframe>` another site pastes to show a chart (its /embed/<id>/ page), sized so the
 * whole chart shows without scrolling. Shown under every chart and in the press kit.
 */
export function embedSnippet(chart: ChartSpec, locale: Locale, base: string, site: string): string {
  const src = absoluteUrl(localizedPath(locale, `/embed/${chart.id}/`, base), site);
  const title = locale === 'zh-cn' ? chart.title.zh : chart.title.en;
  const height = chart.orientation === 'horizontal' ? 120 + chart.points.length * 30 : 460;
  return `<iframe src="${src}" title="${title}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
