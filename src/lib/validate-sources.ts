import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from './content-integrity';
import { validatePlanData } from './plan-structure-validation';
import { parseDataset, type Dataset } from './datasets/parse-dataset';
import { compareVersions } from './datasets/semver';
import type { RowOf } from './datasets/row-schemas';

type PilotResult = RowOf<'pilot-results'>;
import { sha256 } from './sha256';
import { ContentError } from './validation-errors';
import { checkShowcaseReferences } from './showcase-references';
import { allChartIds } from './charts/chart-ids';
import { pressContactSchema } from './schemas/press-contact';
import { withdrawnSchema } from './schemas/withdrawn';
import { describeZodIssues } from './validation-errors';
import { checkLearningContent } from './learn/learn-integrity';
import { readSources } from './sources/read-sources';
import { runSourceChecks } from './checks';

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

/**
 * Everything the build trusts, checked before it writes anything: the rules over the parsed
 * sources (src/lib/checks/: file names, characters, bodies as content, links and images, plan
 * words, the append-only dataset lock), then content collections and their
 * twins, case images, the plan structure, every dataset version and its lock, pilot results
 * against pilots, showcases' references to cases, pilots and charts, the press contact configuration, and the
 * learning centre's glossary, quiz and lessons, and every site link written in content.
 * Each problem is `<file>: <field>: <message>`.
 */
export function validateSources(root: string): string[] {
  const readJson = (file: string) => ({ file, value: JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown });
  const sources = readSources(root);
  const problems = [...sources.content.filter((f) => f.readError).map((f) => `${f.path}: ${f.readError}`), ...runSourceChecks(sources)];
  problems.push(...checkContent(join(root, 'src/content'), root));
  problems.push(
    ...collect(() =>
      validatePlanData({
        departments: readJson('src/data/departments.json'),
        categories: readJson('src/data/categories.json'),
        measures: readJson('src/data/measures.json'),
      }),
    ),
  );
  const { problems: datasetProblems, datasets } = checkDatasets(root);
  problems.push(...datasetProblems);
  const withdrawnFile = readJson('src/data/datasets/withdrawn.json');
  const withdrawn = withdrawnSchema.safeParse(withdrawnFile.value);
  if (!withdrawn.success) problems.push(...describeZodIssues(withdrawnFile.file, withdrawn.error));
  const published = datasets.filter((d) => !(withdrawn.data && Object.hasOwn(withdrawn.data, `${d.id}@${d.version}`)));
  const results = published.filter((d) => d.id === 'pilot-results').sort((a, b) => compareVersions(a.version, b.version)).at(-1);
  if (results) {
    const pilots = readdirSync(join(root, 'src/content/pilots/zh-cn')).map((f) => f.replace(/\.mdx?$/, ''));
    problems.push(...collect(() => checkResultsBelongToPilots(results.rows as PilotResult[], pilots, results.file)));
  }
  problems.push(...checkLearningContent(root));
  const contact = readJson('src/data/press-contact.json');
  const parsedContact = pressContactSchema.safeParse(contact.value);
  if (!parsedContact.success) problems.push(...describeZodIssues(contact.file, parsedContact.error));
  problems.push(...checkShowcaseReferences(root, allChartIds()));
  return problems;
}
