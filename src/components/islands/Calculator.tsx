/**
 * The household carbon calculator island. Every field is validated as it is typed (a clear
 * message beside the field and in a summary, never NaN); the result is given for the household
 * and per person, the per-person figures drawn as a chart. A second "what if" column compares
 * changed entries; the entries are kept in this browser only (lib/learn/calculator-storage.ts)
 * and restored on the next visit; a printout and a class code (with its QR code) can be made.
 * The arithmetic is lib/learn/; the parts are in ./calculator/.
 */
import { useEffect, useRef, useState } from 'react';
import { fillTemplate } from '../../lib/i18n/fill-template';
import { clearCalculation, loadCalculation, saveCalculation, type ScenarioInputs } from '../../lib/learn/calculator-storage';
import { emptyScenario, evaluateScenario } from '../../lib/learn/calculator-scenario';
import type { CalculatorView } from '../../lib/learn/calculator-view';
import { ScenarioFields, fieldId } from './calculator/ScenarioFields';
import { ErrorSummary } from './calculator/ErrorSummary';
import { FootprintResult } from './calculator/FootprintResult';
import { WhatIfTable } from './calculator/WhatIfTable';
import { ClassCodePanel } from './calculator/ClassCodePanel';
import { PrintSummary } from './calculator/PrintSummary';

export function Calculator({ factors, levers, labels, formatLocale }: CalculatorView) {
  const [now, setNow] = useState<ScenarioInputs>(() => emptyScenario(factors));
  const [whatIf, setWhatIf] = useState<ScenarioInputs | null>(null);
  const [cleared, setCleared] = useState(false);
  // Set once mounted: what depends on this browser (saved entries, today's date) is not in the
  // build-time HTML, so React's first render must match it exactly.
  const [today, setToday] = useState<Date | null>(null);
  const changed = useRef(false);
  const focusWhatIf = useRef(false);

  useEffect(() => {
    const saved = loadCalculation();
    if (saved) {
      // A factor added since the entries were saved starts at 0.
      setNow({ ...saved.now, quantities: { ...emptyScenario(factors).quantities, ...saved.now.quantities } });
      setWhatIf(saved.whatIf && { ...saved.whatIf, quantities: { ...emptyScenario(factors).quantities, ...saved.whatIf.quantities } });
    }
    setToday(new Date());
  }, [factors]);

  useEffect(() => {
    if (changed.current) saveCalculation(now, whatIf, new Date());
    if (focusWhatIf.current) {
      focusWhatIf.current = false;
      document.getElementById(fieldId('whatif', 'householdSize'))?.focus();
    }
  }, [now, whatIf]);

  const changeNow = (update: (current: ScenarioInputs) => ScenarioInputs) => {
    changed.current = true;
    setCleared(false);
    setNow(update);
  };
  const changeWhatIf = (update: (current: ScenarioInputs) => ScenarioInputs) => {
    changed.current = true;
    setCleared(false);
    setWhatIf((current) => current && update(current));
  };

  const number = new Intl.NumberFormat(formatLocale, { maximumFractionDigits: 0 });
  const tonnes = new Intl.NumberFormat(formatLocale, { maximumFractionDigits: 1 });
  const kg = (n: number) => number.format(n);
  const nowResult = evaluateScenario(factors, now);
  const whatIfResult = whatIf ? evaluateScenario(factors, whatIf) : null;
  const w = labels.whatIf;
  const problems = [
    ...nowResult.problems.map((problem) => ({ column: 'now' as const, columnName: whatIf ? w.legendNow : undefined, problem })),
    ...(whatIfResult?.problems ?? []).map((problem) => ({ column: 'whatif' as const, columnName: w.legendWhatIf, problem })),
  ];

  return (
    <div className="calculator">
      {today && <PrintSummary now={now} whatIf={whatIf} nowResult={nowResult.footprint} whatIfResult={whatIfResult?.footprint ?? null} factors={factors} labels={labels} formatLocale={formatLocale} today={today} />}
      {/* Not a form: results follow every keystroke, there is nothing to submit. */}
      <div className={whatIf ? 'calculator__inputs calculator__inputs--compare' : 'calculator__inputs'}>
        <ScenarioFields column="now" inputs={now} evaluated={nowResult} factors={factors} labels={labels} legendPrefix={whatIf ? w.legendNow : undefined} formatNumber={kg} onChange={changeNow} />
        {whatIf && whatIfResult && (
          <ScenarioFields column="whatif" inputs={whatIf} evaluated={whatIfResult} factors={factors} labels={labels} legendPrefix={w.legendWhatIf} formatNumber={kg} onChange={changeWhatIf} />
        )}
      </div>

      <section className="calculator__result" aria-labelledby="calculator-result">
        <h2 id="calculator-result">{labels.resultHeading}</h2>
        <div role="status">
          {problems.length > 0 && <p className="calculator__error">{fillTemplate(labels.fixErrors, { count: problems.length })}</p>}
        </div>
        <ErrorSummary problems={problems} factors={factors} labels={labels} formatNumber={kg} />
        {nowResult.footprint && <FootprintResult footprint={nowResult.footprint} labels={labels} levers={levers} kg={kg} tonnes={(n) => tonnes.format(n)} />}
        <p className="note">{labels.officialNote}</p>
        <p className="calculator__illustrative">{labels.illustrativeNote}</p>
      </section>

      <section className="calculator__what-if-section" aria-labelledby="calculator-what-if">
        <h2 id="calculator-what-if">{w.heading}</h2>
        <p>{w.intro}</p>
        {whatIf ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              changed.current = true;
              setWhatIf(null);
            }}
          >
            {w.close}
          </button>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              focusWhatIf.current = true;
              changed.current = true;
              setWhatIf({ ...now, quantities: { ...now.quantities } });
            }}
          >
            {w.open}
          </button>
        )}
        {whatIf && (nowResult.footprint && whatIfResult?.footprint ? <WhatIfTable now={nowResult.footprint} whatIf={whatIfResult.footprint} labels={labels} formatLocale={formatLocale} /> : <p className="calculator__error">{w.fixErrors}</p>)}
      </section>

      <ClassCodePanel footprint={nowResult.footprint} labels={labels.classCode} />

      <section className="calculator__data" aria-labelledby="calculator-data">
        <h2 id="calculator-data">{labels.storage.heading}</h2>
        <p>{labels.storage.note}</p>
        <p className="calculator__actions">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {labels.print.button}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              clearCalculation();
              changed.current = false;
              setNow(emptyScenario(factors));
              setWhatIf(null);
              setCleared(true);
            }}
          >
            {labels.storage.clear}
          </button>
        </p>
        <p role="status">{cleared ? labels.storage.cleared : ''}</p>
      </section>

    </div>
  );
}
