import { describe, expect, it } from 'vitest';
import { classHistogram, classSummary } from '../../src/lib/learn/class-histogram';
import { classCsv } from '../../src/lib/learn/class-csv';

describe('class histogram', () => {
  it('puts each result in one equal-width bin, lower bound included, keeping empty bins between', () => {
    expect(classHistogram([120, 480, 500, 599])).toEqual({
      widthKg: 100,
      bins: [
        { fromKg: 100, toKg: 200, count: 1 },
        { fromKg: 200, toKg: 300, count: 0 },
        { fromKg: 300, toKg: 400, count: 0 },
        { fromKg: 400, toKg: 500, count: 1 },
        { fromKg: 500, toKg: 600, count: 2 },
      ],
    });
  });

  it('widens the bins to a round width so a wide spread needs at most eight bars', () => {
    const { widthKg, bins } = classHistogram([800, 1500, 2300, 9000]);
    expect(widthKg).toBe(2000);
    expect(bins.map((b) => b.fromKg)).toEqual([0, 2000, 4000, 6000, 8000]);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 1]);
    expect(classHistogram([0, 290_000]).bins.length).toBeLessThanOrEqual(8);
  });

  it('counts every result exactly once', () => {
    const values = Array.from({ length: 40 }, (_, i) => (i * 137) % 5000);
    expect(classHistogram(values).bins.reduce((s, b) => s + b.count, 0)).toBe(40);
    expect(classHistogram([])).toEqual({ widthKg: 100, bins: [] });
    expect(classHistogram([700, 700, 700]).bins).toEqual([{ fromKg: 700, toKg: 800, count: 3 }]);
  });

  it('summarises with the median (mean of the middle two for an even count) and the range', () => {
    expect(classSummary([900, 100, 500])).toEqual({ count: 3, medianKg: 500, minKg: 100, maxKg: 900 });
    expect(classSummary([400, 100, 900, 600])).toEqual({ count: 4, medianKg: 500, minKg: 100, maxKg: 900 });
    expect(classSummary([])).toBeNull();
  });
});

describe('class CSV', () => {
  const labels = { perPerson: '人均（千克二氧化碳/年）', band: '家庭人数', bands: { '1-2': '1至2人', '3-4': '3至4人', '5+': '5人及以上' } as const };
  it('has a byte-order mark, headers in the page language, one sorted row per result and CRLF line ends', () => {
    const csv = classCsv([{ perPersonKg: 1500, band: '3-4' }, { perPersonKg: 900, band: '5+' }, { perPersonKg: 900, band: '1-2' }], labels);
    expect(csv).toBe('\uFEFF人均（千克二氧化碳/年）,家庭人数\r\n900,1至2人\r\n900,5人及以上\r\n1500,3至4人\r\n');
  });
  it('quotes a header that holds a comma', () => {
    expect(classCsv([], { ...labels, perPerson: 'Per person (kg CO₂, a year)' })).toBe('\uFEFF"Per person (kg CO₂, a year)",家庭人数\r\n');
  });
});
