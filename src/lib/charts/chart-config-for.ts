import type { Locale } from '../i18n/locales';
import type { ChartSpec } from './chart-spec';
import type { ChartConfig } from './bar-chart-config';
import { chartSourceLine } from './source-line';
import { t } from '../i18n/translate';
import { pick, BCP47 } from '../i18n/locales';

/**
 * One chart in one language, as the drawing code needs it. Kept apart from bar-chart-config.ts
 * so the browser bundle, which imports that file, does not pull in the datasets and strings.
 */
export function chartConfigFor(chart: ChartSpec, locale: Locale): ChartConfig {
  const text = (b: { zh: string; en: string }) => pick(locale, b);
  return {
    id: chart.id,
    locale: BCP47[locale],
    orientation: chart.orientation,
    labels: chart.points.map((p) => text(p.label)),
    values: chart.points.map((p) => p.value),
    valueLabel: text(chart.valueHeading),
    title: text(chart.title),
    // The unit and what kind of data, so the image says what it shows wherever it is reposted.
    subtitle: `${text(chart.valueHeading)} · ${t(locale, `data.provenance.${chart.dataset.provenance}`)}`,
    sourceLine: chartSourceLine(chart, locale),
  };
}
