/**
 * How each content collection is stored: the file extension its loader reads, whether its files
 * live in one folder per locale, whether authors (district staff) write its bodies, and the route
 * of an entry's page (for resolving relative links). The loaders in src/content.config.ts read
 * exactly these files; a file the loader would skip is refused, so nothing is silently dropped.
 */
export interface CollectionLayout {
  /** The one extension the collection's loader reads. */
  extension: '.mdx' | '.md' | '.yaml';
  /** `zh-cn/` and `en/` folders (true) or a single file holding both languages (false). */
  perLocale: boolean;
  /** Written by district staff: the body is content, never code. */
  authorWritten: boolean;
  /** The locale-neutral route of an entry's page, from its name without extension. */
  route: (name: string) => string;
}

export const COLLECTIONS: Record<string, CollectionLayout> = {
  plan: { extension: '.mdx', perLocale: false, authorWritten: false, route: () => '/plan/' },
  measures: { extension: '.mdx', perLocale: true, authorWritten: true, route: (n) => `/measures/${Number(n)}/` },
  qa: { extension: '.md', perLocale: true, authorWritten: true, route: () => '/plan/qa/' },
  pages: { extension: '.mdx', perLocale: true, authorWritten: true, route: (n) => `/${n}/` },
  cases: { extension: '.mdx', perLocale: true, authorWritten: true, route: (n) => `/cases/${n}/` },
  pilots: { extension: '.mdx', perLocale: true, authorWritten: true, route: (n) => `/pilots/${n}/` },
  showcases: { extension: '.mdx', perLocale: true, authorWritten: true, route: (n) => `/press/showcases/${n}/` },
  lessons: { extension: '.mdx', perLocale: true, authorWritten: true, route: (n) => `/learn/${n}/` },
  handouts: { extension: '.mdx', perLocale: true, authorWritten: true, route: (n) => `/learn/materials/${n}/` },
  curriculum: { extension: '.yaml', perLocale: false, authorWritten: true, route: () => '/learn/curriculum/' },
  glossary: { extension: '.yaml', perLocale: false, authorWritten: true, route: () => '/learn/glossary/' },
  quiz: { extension: '.yaml', perLocale: false, authorWritten: true, route: () => '/learn/quiz/' },
};

/** The locale folders of every per-locale collection: the site's locales. */
export { LOCALES as CONTENT_LOCALES } from '../i18n/locales';
