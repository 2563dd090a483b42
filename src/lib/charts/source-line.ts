import { t } from '../i18n/translate';
import type { Locale } from '../i18n/locales';
import { formatDate } from '../i18n/format-date';
import type { ChartSpec } from './chart-spec';
import { pick, PUNCTUATION } from '../i18n/locales';

/**
 * The line under every chart (and drawn into its PNG): which dataset version, its provenance,
 * and the publication it rests on.
 */
export function chartSourceLine(chart: ChartSpec, locale: Locale): string {
  const zh = locale === 'zh-cn';
  const d = chart.dataset;
  const sources = d.sources.map((s) => (zh ? `${s.title.zh}，${formatDate(locale, s.date)}` : `${s.title.en}, ${formatDate(locale, s.date)}`)).join(pick(locale, PUNCTUATION.semicolon));
  return t(locale, 'chart.source', {
    dataset: pick(locale, d.title),
    ref: zh ? `版本${d.version}` : `version ${d.version}`,
    provenance: t(locale, `data.provenance.${d.provenance}`),
    source: sources,
  });
}
