import { datasetSchema, type DatasetFile } from '../schemas/dataset';
import { ContentError, describeZodIssues } from '../checks/validation-errors';
import { ROW_SCHEMAS, isDatasetId, type DatasetId } from './row-schemas';

export interface Dataset extends DatasetFile {
  id: DatasetId;
  /** Repository path, for error messages and the catalog. */
  file: string;
  /** The file's exact text: it is published byte for byte as `/data/<id>/<version>.json`. */
  raw: string;
}

/**
 * Validates one dataset file. Every problem names the file, and for rows the row index and
 * field, e.g. `src/data/datasets/plan-targets/1.0.0.json: rows[3].value: Invalid input: expected number`.
 */
export function parseDataset(file: string, raw: string): Dataset {
  const where = /(?:^|\/)datasets\/([^/]+)\/([^/]+)\.json$/.exec(file);
  if (!where) throw new ContentError([`${file}: a dataset lives at src/data/datasets/<id>/<version>.json`]);
  const [, folderId, fileVersion] = where as unknown as [string, string, string];

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new ContentError([`${file}: not valid JSON: ${(e as Error).message}`]);
  }
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) throw new ContentError(describeZodIssues(file, parsed.error));
  const data = parsed.data;

  const problems: string[] = [];
  if (data.id !== folderId) problems.push(`${file}: id: "${data.id}" does not match its folder "${folderId}"`);
  if (data.version !== fileVersion) problems.push(`${file}: version: "${data.version}" does not match the file name "${fileVersion}.json"`);
  if (!isDatasetId(data.id)) {
    problems.push(`${file}: id: no row schema for dataset "${data.id}" (add it to src/lib/datasets/row-schemas.ts)`);
    throw new ContentError(problems);
  }
  const rowSchema = ROW_SCHEMAS[data.id];
  const expectedKeys = Object.keys(rowSchema.shape);
  const columnKeys = data.columns.map((c) => c.key);
  if (columnKeys.join() !== expectedKeys.join()) {
    problems.push(`${file}: columns: expected the keys ${expectedKeys.join(', ')} in this order, found ${columnKeys.join(', ')}`);
  }
  data.rows.forEach((row, i) => {
    const result = rowSchema.safeParse(row);
    if (!result.success) problems.push(...describeZodIssues(file, result.error).map((line) => line.replace(`${file}: `, `${file}: rows[${i}].`).replace(/\.\(root\)/, '')));
  });
  const ids = data.rows.map((row) => row.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) problems.push(`${file}: rows[${i}].id: duplicate id "${String(id)}"`);
  });
  if (problems.length) throw new ContentError(problems);
  return { ...data, id: data.id, file, raw };
}
