/**
 * One column of calculator inputs ("now" or "what if"): the household (its size, and whether the
 * home is heated by electricity, with what that means for the bills), then every emission factor's
 * quantity, each saying its unit and whether it is the household's figure or one person's. Each
 * field is described by its hint and, when wrong, by its error (aria-describedby).
 */
import type { ScenarioInputs } from '../../../lib/learn/calculator-storage';
import type { EvaluatedScenario } from '../../../lib/learn/calculator-scenario';
import type { CalculatorFactorView, CalculatorLabels } from '../../../lib/learn/calculator-view';
import { fillTemplate } from '../../../lib/i18n/fill-template';

export const fieldId = (column: string, field: string) => `calculator-${column}-${field}`;

interface Props {
  column: 'now' | 'whatif';
  inputs: ScenarioInputs;
  evaluated: EvaluatedScenario;
  factors: CalculatorFactorView[];
  labels: CalculatorLabels;
  /** Shown before each legend in the what-if comparison ("Now: …", "What if: …"). */
  legendPrefix?: string;
  formatNumber: (n: number) => string;
  /** Takes an updater, not a value: replayed keystrokes (hydrate-on-first-use.ts) arrive in one tick, before a re-render. */
  onChange: (update: (current: ScenarioInputs) => ScenarioInputs) => void;
}

export function ScenarioFields({ column, inputs, evaluated, factors, labels, legendPrefix, formatNumber, onChange }: Props) {
  const h = labels.household;
  const legend = (text: string) => (legendPrefix ? fillTemplate(labels.labelled, { label: legendPrefix, text }) : text);
  const sizeProblem = evaluated.problems.find((p) => p.field === 'householdSize');
  const sizeId = fieldId(column, 'householdSize');
  const headingId = `${fieldId(column, 'electric-heating')}-guidance`;
  return (
    <div className="calculator__column">
      <fieldset>
        <legend>{legend(h.legend)}</legend>
        <div className={sizeProblem ? 'calculator__field calculator__field--error' : 'calculator__field'}>
          <label htmlFor={sizeId}>
            {h.size}
            {h.unitGap}
            <span className="calculator__unit">{h.sizeUnit}</span>
          </label>
          <span id={`${sizeId}-hint`} className="calculator__hint">{h.sizeHint}</span>
          <input
            id={sizeId}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            className="calculator__input--short"
            value={inputs.householdSize}
            aria-invalid={Boolean(sizeProblem)}
            aria-describedby={sizeProblem ? `${sizeId}-hint ${sizeId}-error` : `${sizeId}-hint`}
            onChange={(e) => {
              const householdSize = e.target.value;
              onChange((current) => ({ ...current, householdSize }));
            }}
          />
          {sizeProblem && (
            <p id={`${sizeId}-error`} className="calculator__error">
              {h.sizeErrors[sizeProblem.error as keyof typeof h.sizeErrors]}
            </p>
          )}
        </div>
        <div className="calculator__check">
          <input
            id={fieldId(column, 'electric-heating')}
            type="checkbox"
            checked={inputs.electricHeating}
            aria-describedby={inputs.electricHeating ? headingId : undefined}
            onChange={(e) => {
              const electricHeating = e.target.checked;
              onChange((current) => ({ ...current, electricHeating }));
            }}
          />
          <label htmlFor={fieldId(column, 'electric-heating')}>{h.electricHeating}</label>
        </div>
        {inputs.electricHeating && (
          <div className="calculator__guidance" id={headingId}>
            <p className="calculator__guidance-heading">{h.electricHeatingHeading}</p>
            {h.electricHeatingText.map((text) => (
              <p key={text}>{text}</p>
            ))}
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>{legend(labels.inputsLegend)}</legend>
        {factors.map((f) => {
          const result = evaluated.quantities[f.id]!;
          const id = fieldId(column, f.id);
          const describedBy = [`${id}-hint`, ...(result.ok ? [] : [`${id}-error`]), ...(f.category === 'heating' && evaluated.heatingCountedTwice ? [`${id}-warning`] : [])].join(' ');
          return (
            <div key={f.id} className={result.ok ? 'calculator__field' : 'calculator__field calculator__field--error'}>
              <label htmlFor={id}>
                {f.label}
                {h.unitGap}
                <span className="calculator__unit">{f.unitNote}</span>
              </label>
              <span id={`${id}-hint`} className="calculator__hint">{f.hint}</span>
              <input
                id={id}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={inputs.quantities[f.id] ?? ''}
                aria-invalid={!result.ok}
                aria-describedby={describedBy}
                onChange={(e) => {
                  const value = e.target.value;
                  onChange((current) => ({ ...current, quantities: { ...current.quantities, [f.id]: value } }));
                }}
              />
              {!result.ok && (
                <p id={`${id}-error`} className="calculator__error">
                  {fillTemplate(labels.errors[result.error], { max: formatNumber(f.maxInput) })}
                </p>
              )}
              {f.category === 'heating' && evaluated.heatingCountedTwice && (
                <p id={`${id}-warning`} className="calculator__warning">{h.electricHeatingDouble}</p>
              )}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
