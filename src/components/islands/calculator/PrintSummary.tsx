/**
 * What a printed result shows (only in print): the date, every entry with its unit and whose
 * figure it is, the what-if column if open, the results, and the emission factors' dataset and
 * version with the electricity factor's source. Rendered after the island has mounted, so the
 * date is the day of printing, not the day the page was built.
 */
import { fillTemplate } from '../../../lib/i18n/fill-template';
import type { ScenarioInputs } from '../../../lib/learn/calculator-storage';
import type { Footprint } from '../../../lib/learn/household-carbon';
import type { CalculatorFactorView, CalculatorLabels } from '../../../lib/learn/calculator-view';

interface Props {
  now: ScenarioInputs;
  whatIf: ScenarioInputs | null;
  nowResult: Footprint | null;
  whatIfResult: Footprint | null;
  factors: CalculatorFactorView[];
  labels: CalculatorLabels;
  formatLocale: string;
  today: Date;
}

export function PrintSummary({ now, whatIf, nowResult, whatIfResult, factors, labels, formatLocale, today }: Props) {
  const kg = new Intl.NumberFormat(formatLocale, { maximumFractionDigits: 0 });
  const tonnes = new Intl.NumberFormat(formatLocale, { maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(formatLocale, { dateStyle: 'long' }).format(today);
  const h = labels.household;
  const yes = '✓';
  const rows: { key: string; label: string; now: string; whatIf?: string }[] = [
    { key: 'size', label: `${h.size}${h.unitGap}${h.sizeUnit}`, now: now.householdSize, whatIf: whatIf?.householdSize },
    { key: 'heating', label: h.electricHeating, now: now.electricHeating ? yes : '—', whatIf: whatIf ? (whatIf.electricHeating ? yes : '—') : undefined },
    ...factors.map((f) => ({ key: f.id, label: `${f.label}${h.unitGap}${f.unitNote}`, now: now.quantities[f.id] ?? '', whatIf: whatIf?.quantities[f.id] })),
  ];
  const total = (r: Footprint | null) => (r ? fillTemplate(labels.total, { kg: kg.format(r.totalKgPerYear), t: tonnes.format(r.totalKgPerYear / 1000) }) : '—');
  const perPerson = (r: Footprint | null) => (r ? fillTemplate(labels.perPersonTotal, { kg: kg.format(r.perPersonKgPerYear), t: tonnes.format(r.perPersonKgPerYear / 1000) }) : '—');
  return (
    <div className="calculator__print">
      <p className="calculator__print-heading">{labels.print.heading}</p>
      <p>{fillTemplate(labels.print.date, { date })}</p>
      <table>
        <caption>{labels.print.entries}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.print.item}</th>
            <th scope="col">{whatIf ? labels.whatIf.now : labels.print.value}</th>
            {whatIf && <th scope="col">{labels.whatIf.whatIf}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.now}</td>
              {whatIf && <td>{r.whatIf}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>{whatIf ? fillTemplate(labels.labelled, { label: labels.whatIf.now, text: total(nowResult) }) : total(nowResult)}</strong>
        <br />
        {whatIf ? fillTemplate(labels.labelled, { label: labels.whatIf.now, text: perPerson(nowResult) }) : perPerson(nowResult)}
      </p>
      {whatIf && (
        <p>
          <strong>{fillTemplate(labels.labelled, { label: labels.whatIf.whatIf, text: total(whatIfResult) })}</strong>
          <br />
          {fillTemplate(labels.labelled, { label: labels.whatIf.whatIf, text: perPerson(whatIfResult) })}
        </p>
      )}
      <p>{labels.print.factors} {labels.officialNote}</p>
      <p>{labels.illustrativeNote}</p>
    </div>
  );
}
