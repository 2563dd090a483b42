/**
 * The class page's anonymous picture of the class: how many families fall in each band of
 * per-person emissions, the median and the range. Nothing here knows which code came from whom,
 * and the page shows nothing until there are at least MIN_CLASS_CODES results, because with two
 * or three a pupil who knows their own result could work out a classmate's. Browser-safe.
 */

/** Fewer results than this are not summarised (see above). */
export const MIN_CLASS_CODES = 5;

export interface HistogramBin {
  /** Lower bound, included (kg CO₂ a year per person). */
  fromKg: number;
  /** Upper bound, excluded. */
  toKg: number;
  count: number;
}

/** Bin widths a reader takes in at a glance, in kg: 100 kg, 200 kg, 250 kg, 500 kg, 1 t, 2 t … */
const NICE_WIDTHS = [100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000, 100_000];
/** At most this many bars, so the chart reads on a phone. */
const MAX_BINS = 8;

/**
 * Equal-width bins from 0 (or from a round number below the smallest result) to just above the
 * largest, with the narrowest nice width that needs at most eight bars. Empty bins between
 * results are kept, so the shape of the class is not distorted.
 * @example classHistogram([120, 480, 510]) → 100 kg bins 100–200 … 500–600, counts 1,0,0,1,1
 */
export function classHistogram(valuesKg: readonly number[]): { widthKg: number; bins: HistogramBin[] } {
  if (valuesKg.length === 0) return { widthKg: NICE_WIDTHS[0]!, bins: [] };
  const min = Math.min(...valuesKg);
  const max = Math.max(...valuesKg);
  const binsFor = (width: number) => Math.floor(max / width) - Math.floor(min / width) + 1;
  const widthKg = NICE_WIDTHS.find((w) => binsFor(w) <= MAX_BINS) ?? NICE_WIDTHS.at(-1)!;
  const start = Math.floor(min / widthKg) * widthKg;
  const bins: HistogramBin[] = Array.from({ length: binsFor(widthKg) }, (_, i) => ({ fromKg: start + i * widthKg, toKg: start + (i + 1) * widthKg, count: 0 }));
  for (const v of valuesKg) bins[Math.floor((v - start) / widthKg)]!.count++;
  return { widthKg, bins };
}

export interface ClassSummary {
  count: number;
  medianKg: number;
  minKg: number;
  maxKg: number;
}

/** Count, median (the mean of the middle two for an even count) and range. */
export function classSummary(valuesKg: readonly number[]): ClassSummary | null {
  if (valuesKg.length === 0) return null;
  const sorted = [...valuesKg].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianKg = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { count: sorted.length, medianKg, minKg: sorted[0]!, maxKg: sorted.at(-1)! };
}
