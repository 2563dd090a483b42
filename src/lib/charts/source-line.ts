import { t } from '../../i18n';
import type { Locale } from '../locales';
import { formatDate } from '../format-date';
import type { ChartSpec } from './chart-spec';

/**
 * The line under every chart (and drawn into its PNG): which dataset version, its provenance,
 * and the publication it rests on.
 */
export function chartSourceLine(chart: ChartSpec, locale: Locale): string {
  const zh = locale === 'zh-cn';
  const d = chart.dataset;
  const sources = d.sources.map((s) => (zh ? `${s.title.zh}，${formatDate(locale, s.date)}` : `${s.title.en}, ${formatDate(locale, s.date)}`)).join(zh ? '；' : '; ');
  return t(locale, 'chart.source', {
    dataset: zh ? d.title.zh : d.title.en,
    ref: zh ? `版本${d.version}` : `version ${d.version}`,
    provenance: t(locale, `data.provenance.${d.provenance}`),
    source: sources,
  });
}
