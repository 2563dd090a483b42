import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from './content-integrity';
import { validatePlanData } from './plan-structure-validation';
import { parseDataset, type Dataset } from './datasets/parse-dataset';
import { compareVersions } from './datasets/semver';
import type { RowOf } from './datasets/row-schemas';

type PilotResult = RowOf<'pilot-results'>;
import { sha256 } from './sha256';
import { ContentError } from './validation-errors';
import { readFrontmatter } from './frontmatter';
import { checkShowcaseReferences } from './showcase-references';
import { allChartIds } from './charts/chart-ids';
import { pressContactSchema } from './schemas/press-contact';
import { describeZodIssues } from './validation-errors';
import { checkLearningContent } from './learn/learn-integrity';
import { checkContentLinks } from './content-links';
import { readSiteRouteInputs } from './site-routes';

const DATASETS = 'src/data/datasets';

/** Runs a check that throws ContentError and returns its problems instead. */
function collect(check: () => void): string[] {
  try {
    check();
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
}

/**
 * Every released dataset file parses, matches the sha256 the lock file recorded for it, and no
 * locked version has disappeared. Returns the valid datasets too, for further checks.
 */
export function checkDatasets(root: string): { problems: string[]; datasets: Dataset[] } {
  const problems: string[] = [];
  const datasets: Dataset[] = [];
  const lockFile = `${DATASETS}/lock.json`;
  const lock: Record<string, string> = existsSync(join(root, lockFile)) ? JSON.parse(readFileSync(join(root, lockFile), 'utf8')) : {};
  const folders = readdirSync(join(root, DATASETS), { withFileTypes: true }).filter((e) => e.isDirectory());
  for (const folder of folders) {
    for (const name of readdirSync(join(root, DATASETS, folder.name)).filter((n) => n.endsWith('.json'))) {
      const file = `${DATASETS}/${folder.name}/${name}`;
      const raw = readFileSync(join(root, file), 'utf8');
      const key = `${folder.name}@${name.replace(/\.json$/, '')}`;
      if (!lock[key]) problems.push(`${file}: file: not released yet; run \`npm run data:lock\` to record it in ${lockFile}`);
      else if (lock[key] !== sha256(raw)) problems.push(`${file}: file: changed after release (sha256 differs from ${lockFile}); restore it and publish the change as a new version`);
      problems.push(...collect(() => datasets.push(parseDataset(file, raw))));
    }
  }
  for (const key of Object.keys(lock)) {
    const [id, version] = key.split('@');
    if (!existsSync(join(root, DATASETS, id!, `${version}.json`))) problems.push(`${DATASETS}/${id}/${version}.json: file: a released version was removed (${lockFile} lists ${key}); old versions stay published`);
  }
  return { problems, datasets };
}

/**
 * Every result row belongs to a pilot that exists; a typo in `pilot` would otherwise hide the
 * row silently. Problems name the dataset file, the row and the field.
 */
export function checkResultsBelongToPilots(rows: readonly PilotResult[], pilotSlugs: readonly string[], file: string): void {
  const known = new Set(pilotSlugs);
  const problems = rows.flatMap((r, i) => (known.has(r.pilot) ? [] : [`${file}: rows[${i}].pilot: no pilot "${r.pilot}" in src/content/pilots/`]));
  if (problems.length) throw new ContentError(problems);
}

/** Largest image a case may carry: a phone on a slow connection still gets the page quickly. */
export const MAX_IMAGE_BYTES = 300 * 1024;

/** A case's image is a file under public/ and no larger than MAX_IMAGE_BYTES. */
function checkCaseImages(root: string): string[] {
  const problems: string[] = [];
  for (const locale of ['zh-cn', 'en']) {
    const dir = join(root, 'src/content/cases', locale);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      const file = `src/content/cases/${locale}/${name}`;
      let image: { src?: unknown } | undefined;
      try {
        image = (readFrontmatter(file, readFileSync(join(root, file), 'utf8')).data as { image?: { src?: unknown } }).image;
      } catch {
        continue; // malformed frontmatter is reported by checkContent
      }
      if (!image || typeof image.src !== 'string') continue;
      const path = join(root, 'public', image.src.replace(/^\//, ''));
      if (!existsSync(path)) problems.push(`${file}: image.src: no file public/${image.src.replace(/^\//, '')}`);
      else if (statSync(path).size > MAX_IMAGE_BYTES) {
        problems.push(`${file}: image.src: ${image.src} is ${Math.round(statSync(path).size / 1024)} KB; images must be at most ${MAX_IMAGE_BYTES / 1024} KB (resize or compress it)`);
      }
    }
  }
  return problems;
}

/**
 * Everything the build trusts, checked before it writes anything: content collections and their
 * twins, case images, the plan structure, every dataset version and its lock, pilot results
 * against pilots, showcases' references to cases, pilots and charts, the press contact configuration, and the
 * learning centre's glossary, quiz and lessons, and every site link written in content.
 * Each problem is `<file>: <field>: <message>`.
 */
export function validateSources(root: string): string[] {
  const readJson = (file: string) => ({ file, value: JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown });
  const problems = checkContent(join(root, 'src/content'), root);
  problems.push(
    ...collect(() =>
      validatePlanData({
        departments: readJson('src/data/departments.json'),
        categories: readJson('src/data/categories.json'),
        measures: readJson('src/data/measures.json'),
      }),
    ),
  );
  problems.push(...checkCaseImages(root));
  const { problems: datasetProblems, datasets } = checkDatasets(root);
  problems.push(...datasetProblems);
  const results = datasets.filter((d) => d.id === 'pilot-results').sort((a, b) => compareVersions(a.version, b.version)).at(-1);
  if (results) {
    const pilots = readdirSync(join(root, 'src/content/pilots/zh-cn')).map((f) => f.replace(/\.mdx?$/, ''));
    problems.push(...collect(() => checkResultsBelongToPilots(results.rows as PilotResult[], pilots, results.file)));
  }
  problems.push(...checkLearningContent(root));
  problems.push(...checkContentLinks(root, readSiteRouteInputs(root)));
  const contact = readJson('src/data/press-contact.json');
  const parsedContact = pressContactSchema.safeParse(contact.value);
  if (!parsedContact.success) problems.push(...describeZodIssues(contact.file, parsedContact.error));
  problems.push(...checkShowcaseReferences(root, allChartIds(((results?.rows ?? []) as PilotResult[]).map((r) => r.id))));
  return problems;
}
