import { readSources, type Sources } from '../sources/read-sources';
import { attributeText, jsxAttributes, walk } from '../sources/parse-body';
import { GRADE_BANDS } from '../schemas/lesson-entry';
import { quizRoutes } from '../learn/quiz-banks';

/** Pages that exist once per language whatever the content (src/pages/[...lang]/…). */
const FIXED_ROUTES = [
  '/', '/plan/', '/plan/qa/', '/measures/', '/departments/', '/cases/', '/pilots/', '/targets/', '/data/', '/search/', '/about/',
  '/learn/', '/learn/glossary/', '/learn/quiz/', '/learn/calculator/', '/learn/curriculum/', '/learn/materials/', '/press/', '/press/fact-sheet/',
  '/learn/calculator/class/',
];

/** What the content-dependent routes are made from. */
export interface SiteRouteInputs {
  measureCount: number;
  departmentIds: string[];
  caseSlugs: string[];
  pilotSlugs: string[];
  lessonSlugs: string[];
  /** Printable handouts (/learn/materials/<id>/). */
  handoutIds: string[];
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
    ...i.lessonSlugs.flatMap((s) => [`/learn/${s}/`, `/learn/${s}/slides/`]),
    ...i.handoutIds.map((s) => `/learn/materials/${s}/`),
    ...i.showcaseIds.map((s) => `/press/showcases/${s}/`),
    // The quiz's pages for each grade band: the quiz, projector mode, sheets A and B, the key.
    ...GRADE_BANDS.flatMap((band) => {
      const r = quizRoutes(band);
      return [r.quiz, r.projector, r.sheet('a'), r.sheet('b'), r.key];
    }),
  ]);
}

/** The routes' inputs, from the parsed sources (src/lib/sources/). */
export function siteRouteInputsOf(sources: Sources): SiteRouteInputs {
  const names = (collection: string) => sources.content.filter((f) => f.collection === collection && f.locale === 'zh-cn').map((f) => f.name).sort();
  const json = (path: string) => (sources.data.find((d) => d.path === path)?.json ?? []) as { id: string }[];
  const plan = sources.content.find((f) => f.path === 'src/content/plan/zh-cn.mdx')?.body;
  const planIds = plan ? [...walk(plan)].flatMap((n) => jsxAttributes(n).filter((a) => a.name === 'id').map(attributeText)) : [];
  const glossary = sources.content.find((f) => f.path === 'src/content/glossary/terms.yaml')?.data;
  const measureCount = names('measures').length;
  return {
    measureCount,
    departmentIds: json('src/data/departments.json').map((d) => d.id),
    caseSlugs: names('cases'),
    pilotSlugs: names('pilots'),
    lessonSlugs: names('lessons'),
    handoutIds: names('handouts'),
    showcaseIds: names('showcases'),
    planAnchors: [...planIds, ...json('src/data/categories.json').map((c) => `category-${c.id}`), ...Array.from({ length: measureCount }, (_, n) => `measure-${n + 1}`)],
    glossaryIds: Array.isArray(glossary) ? glossary.map((t: { id?: unknown }) => String(t.id)) : [],
  };
}

/** The routes' inputs, read from the source files under `root`. */
export const readSiteRouteInputs = (root: string) => siteRouteInputsOf(readSources(root));
