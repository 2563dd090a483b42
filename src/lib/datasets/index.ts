import { ContentError, problemsOf } from '../checks/validation-errors';
import { parseDataset, type Dataset } from './parse-dataset';
import { compareVersions } from './semver';
import type { DatasetId, RowOf } from './row-schemas';
import { withdrawnSchema, type Withdrawn } from '../schemas/withdrawn';
import withdrawnFile from '../../data/datasets/withdrawn.json';

export type { Dataset } from './parse-dataset';

// Every released version, as text: the JSON we publish is the committed file byte for byte.
const rawFiles = import.meta.glob('../../data/datasets/*/*.json', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

function loadAll(): Dataset[] {
  const problems: string[] = [];
  const datasets: Dataset[] = [];
  for (const [path, raw] of Object.entries(rawFiles)) {
    const file = `src/data/datasets/${path.split('/datasets/')[1]}`;
    problems.push(...problemsOf(() => datasets.push(parseDataset(file, raw))));
  }
  if (problems.length) throw new ContentError(problems);
  return datasets.sort((a, b) => a.id.localeCompare(b.id) || compareVersions(a.version, b.version));
}

/** Released versions taken off the site (src/data/datasets/withdrawn.json), with when and why. */
export const withdrawn: Withdrawn = withdrawnSchema.parse(withdrawnFile);
const isWithdrawn = (d: Pick<Dataset, 'id' | 'version'>) => Object.hasOwn(withdrawn, `${d.id}@${d.version}`);

/** Every published version: released and not withdrawn. */
export const allDatasetVersions: readonly Dataset[] = loadAll().filter((d) => !isWithdrawn(d));

/** Dataset ids in catalog order. */
export const datasetIds: readonly DatasetId[] = [...new Set(allDatasetVersions.map((d) => d.id))];

/** Every version of one dataset, oldest first. */
export function versionsOf(id: DatasetId): Dataset[] {
  return allDatasetVersions.filter((d) => d.id === id);
}

export function latestVersion(id: DatasetId): Dataset {
  const versions = versionsOf(id);
  const latest = versions.at(-1);
  if (!latest) throw new Error(`No released version of dataset "${id}"`);
  return latest;
}

/** The latest rows, typed by the dataset's row schema. */
export function latestRows<Id extends DatasetId>(id: Id): RowOf<Id>[] {
  return latestVersion(id).rows as RowOf<Id>[];
}

/** `plan-targets@1.0.0`: how charts and citations name a version. */
export const datasetRef = (d: Pick<Dataset, 'id' | 'version'>) => `${d.id}@${d.version}`;

/**
 * How pages other than /data/ name a dataset version: in words, not as a code-like id (ids and
 * checksums stay in the data catalogue, where people who script downloads look for them).
 * @example datasetLabel(planTargets, 'zh-cn') === '《方案量化目标》（版本1.0.0）'
 * @example datasetLabel(planTargets, 'en') === '“Quantified targets of the plan” (version 1.0.0)'
 */
export const datasetLabel = (d: Pick<Dataset, 'title' | 'version'>, locale: 'zh-cn' | 'en') =>
  locale === 'zh-cn' ? `《${d.title.zh}》（版本${d.version}）` : `“${d.title.en}” (version ${d.version})`;
