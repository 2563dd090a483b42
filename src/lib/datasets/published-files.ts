import { datasetToCsv } from './dataset-csv';
import { latestVersion, allDatasetVersions, type Dataset } from './index';
import { sha256 } from '../files/sha256';

export interface PublishedFile {
  dataset: Dataset;
  /** File name under `/data/<id>/`. @example "1.0.0.csv", "latest.json" */
  name: string;
  format: 'json' | 'csv';
  body: string;
  /** UTF-8 byte length and sha256 of exactly what is served. */
  bytes: number;
  sha256: string;
}

function file(dataset: Dataset, stem: string, format: 'json' | 'csv'): PublishedFile {
  // JSON is the committed file byte for byte, so its sha256 is the one in the lock file.
  const body = format === 'json' ? dataset.raw : datasetToCsv(dataset);
  return { dataset, name: `${stem}.${format}`, format, body, bytes: Buffer.byteLength(body, 'utf8'), sha256: sha256(body) };
}

/** The two files of one version. */
export function filesOfVersion(dataset: Dataset): PublishedFile[] {
  return [file(dataset, dataset.version, 'json'), file(dataset, dataset.version, 'csv')];
}

/** Everything under `/data/`: every version of every dataset, plus `latest` copies. */
export function allPublishedFiles(): PublishedFile[] {
  const latest = [...new Set(allDatasetVersions.map((d) => d.id))].flatMap((id) => {
    const d = latestVersion(id);
    return [file(d, 'latest', 'json'), file(d, 'latest', 'csv')];
  });
  return [...allDatasetVersions.flatMap(filesOfVersion), ...latest];
}

/** Site-relative path of a published file (append to BASE_URL). */
export const publishedPath = (f: Pick<PublishedFile, 'name'> & { dataset: Pick<Dataset, 'id'> }) => `data/${f.dataset.id}/${f.name}`;
