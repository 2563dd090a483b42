/**
 * The class's per-person results as an anonymous histogram: an SVG bar chart (its numbers are
 * in the table that follows it, the chart's text alternative) and the table itself. Bar sizes are
 * SVG attributes, not style attributes, which the site's Content-Security-Policy would refuse.
 */
import { fillTemplate } from '../../../lib/i18n/fill-template';
import type { HistogramBin } from '../../../lib/learn/class-histogram';
import type { ClassResultsView } from '../../../lib/learn/class-results-view';

interface Props {
  bins: HistogramBin[];
  labels: ClassResultsView['labels'];
  formatLocale: string;
}

export function ClassHistogram({ bins, labels, formatLocale }: Props) {
  const number = new Intl.NumberFormat(formatLocale, { maximumFractionDigits: 0 });
  const most = Math.max(...bins.map((b) => b.count), 1);
  const binName = (b: HistogramBin) => fillTemplate(labels.bin, { from: number.format(b.fromKg), to: number.format(b.toKg) });
  const row = 34;
  return (
    <>
      <svg className="class-results__chart" role="img" aria-label={labels.chartLabel} viewBox={`0 0 400 ${bins.length * row}`} width="100%" preserveAspectRatio="xMinYMin meet">
        {bins.map((b, i) => (
          <g key={b.fromKg} transform={`translate(0 ${i * row})`}>
            <text x="0" y="20" className="class-results__chart-label">
              {binName(b)}
            </text>
            <rect x="170" y="6" height="20" width={(b.count / most) * 190} className="class-results__bar" />
            <text x={176 + (b.count / most) * 190} y="21" className="class-results__chart-label">
              {number.format(b.count)}
            </text>
          </g>
        ))}
      </svg>
      <table className="class-results__table">
        <caption>{labels.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.binHeading}</th>
            <th scope="col" className="num">{labels.families}</th>
          </tr>
        </thead>
        <tbody>
          {bins.map((b) => (
            <tr key={b.fromKg}>
              <th scope="row">{binName(b)}</th>
              <td className="num">{number.format(b.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
