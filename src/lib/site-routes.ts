import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yamlListIds } from './yaml-list-ids';

/** Pages that exist once per language whatever the content (src/pages/[...lang]/…). */
const FIXED_ROUTES = [
  '/', '/plan/', '/plan/qa/', '/measures/', '/departments/', '/cases/', '/pilots/', '/targets/', '/data/', '/search/', '/about/',
  '/learn/', '/learn/glossary/', '/learn/quiz/', '/learn/calculator/', '/press/', '/press/fact-sheet/',
];

/** What the content-dependent routes are made from. */
export interface SiteRouteInputs {
  measureCount: number;
  departmentIds: string[];
  caseSlugs: string[];
  pilotSlugs: string[];
  lessonSlugs: string[];
  showcaseIds: string[];
  /** Anchors a link into /plan/ may name. */
  planAnchors: string[];
  /** Anchors a link into /learn/glossary/ may name (the term ids). */
  glossaryIds: string[];
}

/**
 * Every reading page of the site as a locale-neutral route path (each exists at `/…` and
 * `/en/…`). The content check uses it to refuse a link in content that goes nowhere, before the
 * build; tests/e2e/links.spec.ts checks that it lists exactly the pages the build writes.
 */
export function siteRoutes(i: SiteRouteInputs): Set<string> {
  return new Set([
    ...FIXED_ROUTES,
    ...Array.from({ length: i.measureCount }, (_, n) => `/measures/${n + 1}/`),
    ...i.departmentIds.map((id) => `/departments/${id}/`),
    ...i.caseSlugs.map((s) => `/cases/${s}/`),
    ...i.pilotSlugs.map((s) => `/pilots/${s}/`),
    ...i.lessonSlugs.map((s) => `/learn/${s}/`),
    ...i.showcaseIds.map((s) => `/press/showcases/${s}/`),
  ]);
}

/** The routes' inputs, read from the source files under `root`. */
export function readSiteRouteInputs(root: string): SiteRouteInputs {
  const slugs = (collection: string) => {
    const dir = join(root, 'src/content', collection, 'zh-cn');
    return existsSync(dir) ? readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')).sort() : [];
  };
  const read = (file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '');
  const planIds = [...read('src/content/plan/zh-cn.mdx').matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
  const categories = (JSON.parse(read('src/data/categories.json') || '[]') as { id: string }[]).map((c) => `category-${c.id}`);
  const measureCount = slugs('measures').length;
  return {
    measureCount,
    departmentIds: (JSON.parse(read('src/data/departments.json') || '[]') as { id: string }[]).map((d) => d.id),
    caseSlugs: slugs('cases'),
    pilotSlugs: slugs('pilots'),
    lessonSlugs: slugs('lessons'),
    showcaseIds: slugs('showcases'),
    planAnchors: [...planIds, ...categories, ...Array.from({ length: measureCount }, (_, n) => `measure-${n + 1}`)],
    glossaryIds: yamlListIds(read('src/content/glossary/terms.yaml')),
  };
}
