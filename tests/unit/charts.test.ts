import { describe, expect, it } from 'vitest';
import { CHARTS, chartById } from '../../src/lib/charts/definitions';
import { CHART_IDS } from '../../src/lib/charts/chart-ids';
import { chartToCsv } from '../../src/lib/charts/chart-csv';
import { chartSourceLine } from '../../src/lib/charts/source-line';
import { latestRows } from '../../src/lib/datasets';
import { parseCsv } from '../support/parse-csv';

describe('charts', () => {
  it('are exactly the ids the pre-build checks know (chart-ids.ts), each once', () => {
    expect(CHARTS.map((c) => c.id).sort()).toEqual([...CHART_IDS].sort());
  });

  it('have unique ids', () => {
    expect(new Set(CHARTS.map((c) => c.id)).size).toBe(CHARTS.length);
  });

  it('targets by deadline count every target of the dataset exactly once', () => {
    const chart = chartById('targets-by-deadline');
    const targets = latestRows('plan-targets');
    expect(chart.points.reduce((sum, p) => sum + p.value, 0)).toBe(targets.length);
    expect(chart.points.map((p) => p.label.en)).toEqual(['2025', '2030', 'No deadline stated']);
    expect(chart.points[0]!.value).toBe(targets.filter((t) => t.deadline === 2025).length);
  });

  it('show the structure datasets as they are', () => {
    expect(chartById('measures-per-category').points.map((p) => p.value)).toEqual(latestRows('measures-by-category').map((r) => r.measureCount));
    expect(chartById('measures-per-department').points.map((p) => [p.label.zh, p.value])).toEqual(
      latestRows('measures-by-department').map((r) => [r.zh, r.measureCount]),
    );
  });

  it('download as CSV with exactly the numbers shown and the dataset version', () => {
    for (const chart of CHARTS) {
      const [header, ...rows] = parseCsv(chartToCsv(chart).slice(1));
      expect(header).toHaveLength(7);
      expect(header.slice(4)).toEqual(['数据性质 / Provenance', '来源（中文） / Source (Chinese)', '来源（英文） / Source (English)']);
      expect(rows).toEqual(chart.points.map((p) => [p.label.zh, p.label.en, String(p.value), `${chart.dataset.id}@${chart.dataset.version}`, chart.dataset.provenance, expect.stringContaining('西政发〔2022〕10号'), expect.stringContaining('Xi Zheng Fa')]));
    }
  });

  it('name their dataset version, provenance and source under the chart', () => {
    const chart = chartById('measures-per-category');
    expect(chartSourceLine(chart, 'en')).toBe(
      "Data: Measures in each of the plan's seven areas (version 1.1.0). Derived from the plan. Based on: Notice of the People's Government of Xicheng District, Beijing, on Issuing the Xicheng District Implementation Plan for Advancing Carbon Peaking (Xi Zheng Fa [2022] No. 10), 29 December 2022.",
    );
    expect(chartSourceLine(chart, 'zh-cn')).toContain('（版本1.1.0），根据方案整理');
    expect(chartSourceLine(chart, 'zh-cn')).toContain('2022年12月29日');
  });
});

describe('the press page downloads', () => {
  it('list every chart with its PNG in the page language and its CSV, sized as the files the build writes', async () => {
    const { chartDownloads } = await import('../../src/lib/charts/chart-downloads');
    const { chartToCsv } = await import('../../src/lib/charts/chart-csv');
    for (const locale of ['zh-cn', 'en'] as const) {
      const downloads = chartDownloads(locale, '/base/', 'https://example.org/base/');
      expect(downloads.map((d) => d.chart.id)).toEqual(CHARTS.map((c) => c.id));
      for (const d of downloads) {
        expect(d.png.href).toBe(`/base/charts/${d.chart.id}.${locale === 'en' ? 'en' : 'zh-CN'}.png`);
        expect(d.png.bytes).toBeGreaterThan(10_000);
        expect(d.csv.bytes).toBe(Buffer.byteLength(chartToCsv(d.chart), 'utf8'));
        expect(d.embed).toContain('https://example.org/base/');
      }
    }
  });
});
