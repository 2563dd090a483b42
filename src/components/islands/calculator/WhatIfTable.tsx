/**
 * The "what if" comparison: each category for the household, the household's total and the total
 * per person, now and in the what-if column, with the difference and the change in per cent,
 * formatted as the page's language writes numbers (Intl).
 */
import { change, withMinusSign } from '../../../lib/learn/what-if';
import type { Footprint } from '../../../lib/learn/household-carbon';
import type { CalculatorLabels } from '../../../lib/learn/calculator-view';

interface Props {
  now: Footprint;
  whatIf: Footprint;
  labels: CalculatorLabels;
  formatLocale: string;
}

export function WhatIfTable({ now, whatIf, labels, formatLocale }: Props) {
  const kg = new Intl.NumberFormat(formatLocale, { maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(formatLocale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const percent = new Intl.NumberFormat(formatLocale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const rows = [
    ...now.byCategory.map((c, i) => ({ key: c.category, label: labels.categories[c.category], change: change(c.kgPerYear, whatIf.byCategory[i]!.kgPerYear) })),
    { key: 'total', label: labels.whatIf.householdTotal, change: change(now.totalKgPerYear, whatIf.totalKgPerYear) },
    { key: 'person', label: labels.whatIf.perPerson, change: change(now.perPersonKgPerYear, whatIf.perPersonKgPerYear) },
  ];
  const w = labels.whatIf;
  return (
    <table className="stack-table calculator__what-if">
      <caption>{w.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.category}</th>
          <th scope="col" className="num">{w.now}</th>
          <th scope="col" className="num">{w.whatIf}</th>
          <th scope="col" className="num">{w.difference}</th>
          <th scope="col" className="num">{w.change}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={r.key === 'total' || r.key === 'person' ? 'calculator__what-if-total' : undefined}>
            <th scope="row">{r.label}</th>
            <td data-label={w.now} className="num">{kg.format(r.change.now)}</td>
            <td data-label={w.whatIf} className="num">{kg.format(r.change.whatIf)}</td>
            <td data-label={w.difference} className="num">{withMinusSign(signed.format(r.change.difference))}</td>
            <td data-label={w.change} className="num">{r.change.ratio === null ? '—' : withMinusSign(percent.format(r.change.ratio))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
