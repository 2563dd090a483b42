import type { Sources } from '../sources/read-sources';
import { COLLECTIONS, CONTENT_LOCALES } from '../sources/collections';

/**
 * Every file under src/content/ is one its collection loads: the right extension, in a locale
 * folder where the collection has them, and no two names that differ only in letter case (on a
 * case-insensitive disk, or in the URL, one would silently replace the other).
 */
export function checkFileNames(sources: Sources): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const file of sources.content) {
    const layout = file.collection ? COLLECTIONS[file.collection] : undefined;
    if (!layout) {
      problems.push(`${file.path}: file: not in a known collection (${Object.keys(COLLECTIONS).join(', ')}); it would not be published`);
      continue;
    }
    const depth = file.path.split('/').length - 3;
    if (layout.perLocale && (depth !== 2 || !(CONTENT_LOCALES as readonly string[]).includes(file.locale ?? ''))) {
      problems.push(`${file.path}: file: must be src/content/${file.collection}/<zh-cn|en>/<name>${layout.extension}; it would not be published`);
    } else if (file.extension !== layout.extension) {
      problems.push(`${file.path}: file: the ${file.collection} collection reads only ${layout.extension} files; this one would not be published (rename it to ${file.name}${layout.extension})`);
    } else if (!/^[a-z0-9][a-z0-9-]*$/.test(file.name) && layout.perLocale) {
      problems.push(`${file.path}: file: name must be lowercase letters, digits and dashes (it becomes the page address)`);
    }
    const key = file.path.toLowerCase().replace(/\.[^.]+$/, '');
    const other = seen.get(key);
    if (other) problems.push(`${file.path}: file: differs from ${other} only in letter case or extension; one would replace the other`);
    else seen.set(key, file.path);
  }
  return problems;
}
