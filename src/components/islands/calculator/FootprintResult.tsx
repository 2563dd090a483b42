/**
 * A complete result: the household's yearly total and the total per person, the per-person
 * emissions by category as a bar chart (per person, because only per-person figures compare
 * fairly between households of different sizes) and a table of both, each category linked to
 * the plan's measures that address it.
 */
import { fillTemplate } from '../../../lib/i18n/fill-template';
import type { Footprint } from '../../../lib/learn/household-carbon';
import type { CalculatorLabels, CategoryLevers } from '../../../lib/learn/calculator-view';

interface Props {
  footprint: Footprint;
  labels: CalculatorLabels;
  levers: CategoryLevers[];
  kg: (n: number) => string;
  tonnes: (n: number) => string;
}

export function FootprintResult({ footprint, labels, levers, kg, tonnes }: Props) {
  const perPerson = footprint.perPersonByCategory;
  const max = Math.max(...perPerson.map((c) => c.kgPerYear), 1);
  const share = (value: number) => (footprint.totalKgPerYear > 0 ? `${Math.round((value / footprint.totalKgPerYear) * 100)}%` : '—');
  return (
    <>
      <p className="calculator__total">
        <strong>{fillTemplate(labels.total, { kg: kg(footprint.totalKgPerYear), t: tonnes(footprint.totalKgPerYear / 1000) })}</strong>
      </p>
      <p className="calculator__total calculator__total--person">
        <strong>{fillTemplate(labels.perPersonTotal, { kg: kg(footprint.perPersonKgPerYear), t: tonnes(footprint.perPersonKgPerYear / 1000) })}</strong>
      </p>
      <svg className="calculator__chart" role="img" aria-label={labels.chartLabel} viewBox={`0 0 400 ${perPerson.length * 36}`} width="100%" preserveAspectRatio="xMinYMin meet">
        {perPerson.map((c, i) => (
          <g key={c.category} transform={`translate(0 ${i * 36})`}>
            <text x="0" y="20" className="calculator__chart-label">
              {labels.categories[c.category]}
            </text>
            <rect x="110" y="6" height="20" width={Math.max((c.kgPerYear / max) * 220, c.kgPerYear > 0 ? 2 : 0)} className="calculator__bar" />
            <text x={116 + (c.kgPerYear / max) * 220} y="21" className="calculator__chart-value">
              {kg(c.kgPerYear)}
            </text>
          </g>
        ))}
      </svg>
      <table className="stack-table calculator__table">
        <caption>{labels.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.category}</th>
            <th scope="col" className="num">{labels.householdColumn}</th>
            <th scope="col" className="num">{labels.perPersonColumn}</th>
            <th scope="col" className="num">{labels.share}</th>
            <th scope="col">{labels.levers}</th>
          </tr>
        </thead>
        <tbody>
          {footprint.byCategory.map((c, i) => (
            <tr key={c.category}>
              <th scope="row">{labels.categories[c.category]}</th>
              <td data-label={labels.householdColumn} className="num">{kg(c.kgPerYear)}</td>
              <td data-label={labels.perPersonColumn} className="num">{kg(perPerson[i]!.kgPerYear)}</td>
              <td data-label={labels.share} className="num">{share(c.kgPerYear)}</td>
              <td data-label={labels.levers}>
                {levers
                  .find((l) => l.category === c.category)
                  ?.measures.map((m, j) => (
                    <span key={m.href}>
                      {j > 0 && ' · '}
                      <a href={m.href}>{m.text}</a>
                    </span>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{labels.fairnessNote}</p>
    </>
  );
}
