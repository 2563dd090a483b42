import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from './locales';
import { readFrontmatter } from './frontmatter';

interface References {
  cases?: unknown;
  pilots?: unknown;
  charts?: unknown;
}

/**
 * A showcase features cases, pilots and charts by reference; a reference to something that does
 * not exist would be a broken link on the press page. Problems name the file, the field and the
 * index. (Malformed frontmatter is reported by checkContent.)
 */
export function checkShowcaseReferences(root: string, chartIds: readonly string[]): string[] {
  const problems: string[] = [];
  const known = new Set(chartIds);
  for (const locale of LOCALES) {
    const dir = join(root, 'src/content/showcases', locale);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
      const file = `src/content/showcases/${locale}/${name}`;
      let data: References;
      try {
        data = readFrontmatter(file, readFileSync(join(root, file), 'utf8')).data as References;
      } catch {
        continue;
      }
      for (const collection of ['cases', 'pilots'] as const) {
        const slugs = Array.isArray(data[collection]) ? (data[collection] as unknown[]) : [];
        slugs.forEach((slug, i) => {
          if (!existsSync(join(root, 'src/content', collection, locale, `${String(slug)}.mdx`))) {
            problems.push(`${file}: ${collection}[${i}]: no ${collection === 'cases' ? 'case' : 'pilot'} "${String(slug)}" in src/content/${collection}/${locale}/`);
          }
        });
      }
      const charts = Array.isArray(data.charts) ? (data.charts as unknown[]) : [];
      charts.forEach((id, i) => {
        if (!known.has(String(id))) problems.push(`${file}: charts[${i}]: no chart "${String(id)}" (charts: ${[...known].join(', ')})`);
      });
    }
  }
  return problems;
}
