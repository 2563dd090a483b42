/**
 * The class results as a CSV file for a spreadsheet: one row per valid code, sorted by result so
 * the order says nothing about who handed in which code, with headers in the page's language and
 * a UTF-8 byte-order mark (lib/datasets/csv.ts) so Excel reads Chinese correctly.
 */
import { toCsv } from '../datasets/csv';
import type { ClassResult, SizeBand } from './class-codes';

export interface ClassCsvLabels {
  /** e.g. "Per person (kg CO₂ a year)" */
  perPerson: string;
  /** e.g. "Household size" */
  band: string;
  /** How each band reads in the page's language. */
  bands: Record<SizeBand, string>;
}

export function classCsv(results: readonly ClassResult[], labels: ClassCsvLabels): string {
  const rows = [...results]
    .sort((a, b) => a.perPersonKg - b.perPersonKg || a.band.localeCompare(b.band))
    .map((r) => [r.perPersonKg, labels.bands[r.band]]);
  return toCsv([labels.perPerson, labels.band], rows);
}
