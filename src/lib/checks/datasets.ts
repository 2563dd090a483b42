import type { Sources } from '../sources/read-sources';
import { ContentError, describeZodIssues, problemsOf } from './validation-errors';
import { parseDataset, type Dataset } from '../datasets/parse-dataset';
import { compareVersions } from '../datasets/semver';
import type { RowOf } from '../datasets/row-schemas';
import { withdrawnSchema } from '../schemas/withdrawn';
import { sha256 } from '../files/sha256';
import { LOCK_FILE } from './dataset-lock-history';
import { dataFile } from './data-files';

const DATASETS = 'src/data/datasets';
type PilotResult = RowOf<'pilot-results'>;

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
 * Every released dataset file parses against its row schema, matches the sha256 the lock
 * recorded for it, and no locked version has disappeared; withdrawn versions are listed with a
 * date and a reason; the latest published pilot results belong to pilots that exist.
 */
export function checkDatasets(sources: Sources): string[] {
  const problems: string[] = [];
  const lock = (dataFile(sources, LOCK_FILE, problems)?.value ?? {}) as Record<string, string>;
  const datasets: Dataset[] = [];
  const files = sources.data.filter((d) => d.path.startsWith(`${DATASETS}/`) && d.path.split('/').length === 5);
  for (const { path, text } of files) {
    const [, , , id, name] = path.split('/') as [string, string, string, string, string];
    const key = `${id}@${name.replace(/\.json$/, '')}`;
    if (!lock[key]) problems.push(`${path}: file: not released yet; run \`npm run data:lock\` to record it in ${LOCK_FILE}`);
    else if (lock[key] !== sha256(text)) {
      const lineEndings = text.includes('\r\n') && lock[key] === sha256(text.replace(/\r\n/g, '\n'));
      problems.push(lineEndings
        ? `${path}: file: line endings were converted to CRLF on checkout; .gitattributes keeps dataset files byte-exact (run \`git rm --cached -r src/data/datasets && git checkout -- src/data/datasets\`)`
        : `${path}: file: changed after release (sha256 differs from ${LOCK_FILE}); restore it and publish the change as a new version`);
    }
    problems.push(...problemsOf(() => datasets.push(parseDataset(path, text))));
  }
  const present = new Set(files.map((f) => f.path));
  for (const key of Object.keys(lock)) {
    const [id, version] = key.split('@');
    const path = `${DATASETS}/${id}/${version}.json`;
    if (!present.has(path)) problems.push(`${path}: file: a released version was removed (${LOCK_FILE} lists ${key}); old versions stay in the repository (withdraw one in withdrawn.json)`);
  }
  const withdrawnFile = dataFile(sources, `${DATASETS}/withdrawn.json`, problems);
  const withdrawn = withdrawnFile ? withdrawnSchema.safeParse(withdrawnFile.value) : undefined;
  if (withdrawn && !withdrawn.success) problems.push(...describeZodIssues(withdrawnFile!.file, withdrawn.error));
  for (const key of Object.keys(withdrawn?.data ?? {})) {
    if (!(key in lock)) problems.push(`${DATASETS}/withdrawn.json: ${key}: not a released version (only versions in ${LOCK_FILE} can be withdrawn)`);
  }
  const published = datasets.filter((d) => !Object.hasOwn(withdrawn?.data ?? {}, `${d.id}@${d.version}`));
  const results = published.filter((d) => d.id === 'pilot-results').sort((a, b) => compareVersions(a.version, b.version)).at(-1);
  if (results) {
    const pilots = sources.content.filter((f) => f.collection === 'pilots' && f.locale === 'zh-cn').map((f) => f.name);
    problems.push(...problemsOf(() => checkResultsBelongToPilots(results.rows as PilotResult[], pilots, results.file)));
  }
  return problems;
}
