import { describe, expect, it } from 'vitest';
import { calculatorView } from '../../src/lib/learn/calculator-view';
import { latestVersion } from '../../src/lib/datasets';
import type { RowOf } from '../../src/lib/datasets/row-schemas';

const rows = latestVersion('household-emission-factors').rows as RowOf<'household-emission-factors'>[];
const titles = Object.fromEntries(Array.from({ length: 24 }, (_, i) => [i + 1, `title ${i + 1}`]));
const link = (path: string) => `/base${path}`;

describe('the calculator page view', () => {
  it('gives every factor of the dataset, labelled in the page language', () => {
    const zh = calculatorView('zh-cn', rows, titles, link);
    const en = calculatorView('en', rows, titles, link);
    expect(zh.factors.map((f) => f.id)).toEqual(rows.map((r) => r.id));
    expect(zh.factors.map((f) => f.label)).toEqual(rows.map((r) => r.zh));
    expect(en.factors.map((f) => f.inputUnit)).toEqual(rows.map((r) => r.inputUnitEn));
    expect(zh.locale).toBe('zh-CN');
    expect(en.factors.filter((f) => f.illustrative).length).toBe(rows.filter((r) => r.provenance === 'illustrative').length);
  });

  it('links each part of the emissions to the measures the dataset names for it, in order, with titles', () => {
    const { levers } = calculatorView('en', rows, titles, link);
    expect(levers.map((l) => l.category)).toEqual(['electricity', 'gas', 'heating', 'transport']);
    for (const lever of levers) {
      const expected = [...new Set(rows.filter((r) => r.category === lever.category).flatMap((r) => r.measures.split(' ').map(Number)))].sort((a, b) => a - b);
      expect(lever.measures.map((m) => m.href)).toEqual(expected.map((n) => `/base/measures/${n}/`));
      expect(lever.measures.every((m, i) => m.text.endsWith(`title ${expected[i]}`))).toBe(true);
    }
  });

  it('passes the strings the island fills as it runs as templates, and fills the rest', () => {
    const { labels } = calculatorView('en', rows, titles, link);
    expect(labels.total).toContain('{kg}');
    expect(labels.labelled).toBe('{label}: {text}');
    expect(labels.total).toContain('{t}');
    expect(labels.errors['too-large']).toContain('{max}');
    expect(labels.resultHeading).not.toMatch(/\{\w+\}/);
  });
});

describe('the calculator view: whose figure each input is', () => {
  it('says for each factor whether it is the household’s or one person’s, with a hint in the page language', () => {
    const en = calculatorView('en', rows, titles, link, '“Factors” (version 1.1.0)');
    const byId = Object.fromEntries(en.factors.map((f) => [f.id, f]));
    expect(byId.electricity).toMatchObject({ scope: 'household', hint: expect.stringContaining('electricity bill') });
    expect(byId.rail).toMatchObject({ scope: 'person', hint: expect.stringContaining('one person') });
    expect(byId.car!.hint).toContain('counts once');
    expect(en.labels.household.scopes).toEqual({ household: 'per household', person: 'per person' });
    const zh = calculatorView('zh-cn', rows, titles, link);
    expect(zh.factors.find((f) => f.id === 'bus')!.hint).toContain('按家庭人数相乘');
  });

  it('names the factors’ dataset and version for the printout, and formats in British English', () => {
    const en = calculatorView('en', rows, titles, link, '“Factors” (version 1.1.0)');
    expect(en.labels.print.factors).toBe('Emission factors: “Factors” (version 1.1.0).');
    expect(en.formatLocale).toBe('en-GB');
    expect(en.labels.perPersonTotal).toContain('{kg}');
    expect(en.labels.household.electricHeatingText).toHaveLength(3);
  });
});

describe('the calculator view: units beside labels', () => {
  it('writes the unit and scope with the language’s brackets and separators', () => {
    const en = calculatorView('en', rows, titles, link);
    const zh = calculatorView('zh-cn', rows, titles, link);
    expect(en.factors[0]!.unitNote).toBe('(kWh per month, per household)');
    expect(zh.factors[0]!.unitNote).toBe('（千瓦时/月，按全家）');
    expect(zh.factors.find((f) => f.id === 'rail')!.unitNote).toBe('（公里/周，按每人）');
    expect([en.labels.household.sizeUnit, en.labels.household.unitGap]).toEqual(['(people)', ' ']);
    expect([zh.labels.household.sizeUnit, zh.labels.household.unitGap]).toEqual(['（人）', '']);
  });
});
