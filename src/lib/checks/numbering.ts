import type { Sources } from '../sources/read-sources';
import { CONTENT_LOCALES } from '../sources/collections';
import { EXPECTED_MEASURES } from '../plan/structure-validation';
import { validEntries } from './entry-schemas';

/**
 * In each language, the measure files are 01.mdx … 24.mdx, each holding its own number once,
 * and the Q&A answers have distinct positions: a gap or a duplicate would silently drop a page.
 */
export function checkNumbering(sources: Sources): string[] {
  const problems: string[] = [];
  for (const locale of CONTENT_LOCALES) {
    const seen = new Map<number, string>();
    for (const f of sources.content.filter((c) => c.collection === 'measures' && c.locale === locale && c.extension === '.mdx')) {
      if (!/^\d{2}$/.test(f.name)) problems.push(`${f.path}: file name: measure files are named NN.mdx (01.mdx … ${EXPECTED_MEASURES}.mdx)`);
    }
    for (const { file, data } of validEntries<{ number: number }>(sources, 'measures', locale)) {
      if (!/^\d{2}$/.test(file.name)) continue;
      if (data.number !== Number(file.name)) problems.push(`${file.path}: number: ${data.number} does not match the file name ${file.name}.mdx`);
      const previous = seen.get(data.number);
      if (previous) problems.push(`${file.path}: number: duplicate measure number ${data.number} (also in ${previous})`);
      seen.set(data.number, file.path);
    }
    for (let n = 1; n <= EXPECTED_MEASURES; n++) {
      if (!seen.has(n)) problems.push(`src/content/measures/${locale}/${String(n).padStart(2, '0')}.mdx: number: measure ${n} is missing`);
    }
    const orders = new Map<number, string>();
    for (const { file, data } of validEntries<{ order: number }>(sources, 'qa', locale)) {
      const previous = orders.get(data.order);
      if (previous) problems.push(`${file.path}: order: duplicate order ${data.order} (also in ${previous})`);
      orders.set(data.order, file.path);
    }
  }
  return problems;
}
