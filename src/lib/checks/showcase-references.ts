import type { Sources } from '../sources/read-sources';
import { CHART_IDS } from '../charts/chart-ids';
import { validEntries } from './entry-schemas';
import type { ShowcaseEntry } from '../schemas/showcase-entry';

/**
 * A showcase features cases, pilots and charts by reference; a reference to something that does
 * not exist would be a broken link on the press page. Problems name the file, the field and the
 * index.
 */
export function checkShowcaseReferences(sources: Sources): string[] {
  const problems: string[] = [];
  const charts = new Set<string>(CHART_IDS);
  for (const { file, data } of validEntries<ShowcaseEntry>(sources, 'showcases')) {
    for (const collection of ['cases', 'pilots'] as const) {
      const known = new Set(sources.content.filter((f) => f.collection === collection && f.locale === file.locale).map((f) => f.name));
      data[collection].forEach((slug, i) => {
        if (!known.has(slug)) problems.push(`${file.path}: ${collection}[${i}]: no ${collection === 'cases' ? 'case' : 'pilot'} "${slug}" in src/content/${collection}/${file.locale}/`);
      });
    }
    data.charts.forEach((id, i) => {
      if (!charts.has(id)) problems.push(`${file.path}: charts[${i}]: no chart "${id}" (charts: ${[...charts].join(', ')})`);
    });
  }
  return problems;
}
