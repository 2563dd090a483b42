import { toCsv } from './csv';
import type { Dataset } from './parse-dataset';

/** Header cell in both languages, so one file serves every reader: `条款 / Measure`. */
export const bilingualHeader = (column: Dataset['columns'][number]) => `${column.zh} / ${column.en}`;

/** Where the figures come from, for the columns every published CSV carries. */
export type Provenanced = Pick<Dataset, 'provenance' | 'sources'>;
export const PROVENANCE_HEADERS = ['数据性质 / Provenance', '来源（中文） / Source (Chinese)', '来源（英文） / Source (English)'] as const;

/** The provenance code and the sources in each language, one cell each: `official`, `出版者《标题》，2022-12-29，URL；…`. */
export function provenanceCells(d: Provenanced): [string, string, string] {
  const zh = d.sources.map((s) => `${s.publisher.zh}《${s.title.zh}》，${s.date}${s.url ? `，${s.url}` : ''}`).join('；');
  const en = d.sources.map((s) => `${s.publisher.en}, “${s.title.en}”, ${s.date}${s.url ? `, ${s.url}` : ''}`).join('; ');
  return [d.provenance, zh, en];
}

/**
 * The CSV published beside `/data/<id>/<version>.json`: the same rows, the same column order,
 * and — so a file passed on alone still says what it is — three last columns with the dataset's
 * provenance and sources, repeated on every row (machine-readable, one value per cell).
 */
export function datasetToCsv(dataset: Pick<Dataset, 'columns' | 'rows'> & Partial<Provenanced>): string {
  const provenance = dataset.provenance && dataset.sources ? provenanceCells(dataset as Provenanced) : null;
  return toCsv(
    [...dataset.columns.map(bilingualHeader), ...(provenance ? PROVENANCE_HEADERS : [])],
    dataset.rows.map((row) => [...dataset.columns.map((c) => row[c.key] as string | number | null), ...(provenance ?? [])]),
  );
}
