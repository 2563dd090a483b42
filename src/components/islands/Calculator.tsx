/**
 * The household carbon calculator island. Every field is validated as it is typed (a clear
 * message beside the field, never NaN); the result shows as a bar chart and a table, each part
 * linked to the measures that address it, with the factors' provenance stated beside the result.
 * The arithmetic is lib/learn/household-carbon.ts; the page renders the method and the factors
 * as a table for readers without JavaScript.
 */
import { useId, useState } from 'react';
import { householdFootprint, parseQuantity } from '../../lib/learn/household-carbon';
import { fillTemplate } from '../../lib/i18n/fill-template';
import type { CalculatorFactorView, CalculatorLabels, CategoryLevers } from '../../lib/learn/calculator-view';

export function Calculator({ factors, levers, labels, locale }: { factors: CalculatorFactorView[]; levers: CategoryLevers[]; labels: CalculatorLabels; locale: string }) {
  const [raw, setRaw] = useState<Record<string, string>>(() => Object.fromEntries(factors.map((f) => [f.id, '0'])));
  const id = useId();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const tonnes = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const parsed = Object.fromEntries(factors.map((f) => [f.id, parseQuantity(raw[f.id] ?? '', f.maxInput)]));
  const errors = factors.filter((f) => !parsed[f.id]!.ok);
  const quantities = Object.fromEntries(factors.map((f) => [f.id, parsed[f.id]!.ok ? (parsed[f.id] as { value: number }).value : 0]));
  const footprint = householdFootprint(factors, quantities);
  const max = Math.max(...footprint.byCategory.map((c) => c.kgPerYear), 1);
  const share = (kg: number) => (footprint.totalKgPerYear > 0 ? `${Math.round((kg / footprint.totalKgPerYear) * 100)}%` : '—');
  const categories = footprint.byCategory;

  return (
    <div className="calculator">
      {/* Not a form: results follow every keystroke, there is nothing to submit. */}
      <div className="calculator__inputs">
        <fieldset>
          <legend>{labels.inputsLegend}</legend>
          {factors.map((f) => {
            const result = parsed[f.id]!;
            const errorId = `${id}-${f.id}-error`;
            return (
              <div key={f.id} className={result.ok ? 'calculator__field' : 'calculator__field calculator__field--error'}>
                <label htmlFor={`${id}-${f.id}`}>
                  {f.label} <span className="calculator__unit">({f.inputUnit})</span>
                </label>
                <input
                  id={`${id}-${f.id}`}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={raw[f.id]}
                  aria-invalid={!result.ok}
                  aria-describedby={result.ok ? undefined : errorId}
                  onChange={(e) => {
                    const value = e.target.value;
                    setRaw((current) => ({ ...current, [f.id]: value }));
                  }}
                />
                {!result.ok && (
                  <p id={errorId} className="calculator__error">
                    {fillTemplate(labels.errors[result.error], { max: number.format(f.maxInput) })}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      </div>

      <section className="calculator__result" aria-labelledby={`${id}-result`}>
        <h2 id={`${id}-result`}>{labels.resultHeading}</h2>
        <div role="status">
          {errors.length > 0 ? (
            <p className="calculator__error">{fillTemplate(labels.fixErrors, { count: errors.length })}</p>
          ) : (
            <p className="calculator__total">
              <strong>{fillTemplate(labels.total, { kg: number.format(footprint.totalKgPerYear), t: tonnes.format(footprint.totalKgPerYear / 1000) })}</strong>
            </p>
          )}
        </div>
        {errors.length === 0 && (
          <>
            <svg className="calculator__chart" role="img" aria-label={labels.chartLabel} viewBox={`0 0 400 ${categories.length * 36}`} width="100%" preserveAspectRatio="xMinYMin meet">
              {categories.map((c, i) => (
                <g key={c.category} transform={`translate(0 ${i * 36})`}>
                  <text x="0" y="20" className="calculator__chart-label">
                    {labels.categories[c.category]}
                  </text>
                  <rect x="110" y="6" height="20" width={Math.max((c.kgPerYear / max) * 220, c.kgPerYear > 0 ? 2 : 0)} className="calculator__bar" />
                  <text x={116 + (c.kgPerYear / max) * 220} y="21" className="calculator__chart-value">
                    {number.format(c.kgPerYear)}
                  </text>
                </g>
              ))}
            </svg>
            <table className="stack-table">
              <caption>{labels.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{labels.category}</th>
                  <th scope="col" className="num">{labels.kgPerYear}</th>
                  <th scope="col" className="num">{labels.share}</th>
                  <th scope="col">{labels.levers}</th>
                </tr>
              </thead>
              <tbody>
                {categories.map((c) => (
                  <tr key={c.category}>
                    <th scope="row">{labels.categories[c.category]}</th>
                    <td data-label={labels.kgPerYear} className="num">{number.format(c.kgPerYear)}</td>
                    <td data-label={labels.share} className="num">{share(c.kgPerYear)}</td>
                    <td data-label={labels.levers}>
                      {levers
                        .find((l) => l.category === c.category)
                        ?.measures.map((m, i) => (
                          <span key={m.href}>
                            {i > 0 && ' · '}
                            <a href={m.href}>{m.text}</a>
                          </span>
                        ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="note">{labels.officialNote}</p>
            <p className="calculator__illustrative">{labels.illustrativeNote}</p>
          </>
        )}
      </section>
    </div>
  );
}
