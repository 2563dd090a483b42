import type { Locale } from '../i18n/locales';
import { absoluteUrl, localizedPath } from '../site/urls';
import type { ChartSpec } from './chart-spec';
import { pick } from '../i18n/locales';

/**
 * The `<iframe>` another site pastes to show a chart (its /embed/<id>/ page), sized so the
 * whole chart shows without scrolling. Shown under every chart and in the press kit.
 */
export function embedSnippet(chart: ChartSpec, locale: Locale, base: string, site: string): string {
  const src = absoluteUrl(localizedPath(locale, `/embed/${chart.id}/`, base), site);
  const title = pick(locale, chart.title);
  const height = chart.orientation === 'horizontal' ? 120 + chart.points.length * 30 : 460;
  return `<iframe src="${src}" title="${title}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
