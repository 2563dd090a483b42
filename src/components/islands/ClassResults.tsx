/**
 * The teacher's class results island: codes pasted or typed in, read in this browser
 * (lib/learn/class-codes.ts), the refused ones listed with the reason, and — from five valid
 * codes — the class's median, range and histogram of per-person results, with a CSV download
 * made in the browser. Nothing is stored or sent.
 */
import { useEffect, useRef, useState } from 'react';
import { fillTemplate } from '../../lib/i18n/fill-template';
import { readClassCodes, type ReadClassCodes } from '../../lib/learn/class-codes';
import { classHistogram, classSummary } from '../../lib/learn/class-histogram';
import { classCsv } from '../../lib/learn/class-csv';
import type { ClassResultsView } from '../../lib/learn/class-results-view';
import { ClassHistogram } from './class-results/ClassHistogram';

export function ClassResults({ labels, formatLocale, minCodes }: ClassResultsView) {
  const [text, setText] = useState('');
  const [read, setRead] = useState<ReadClassCodes | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const number = new Intl.NumberFormat(formatLocale, { maximumFractionDigits: 0 });

  // Codes pasted before React took over the build-time page are kept.
  useEffect(() => {
    if (field.current && field.current.value !== '') setText(field.current.value);
  }, []);

  const values = read?.results.map((r) => r.perPersonKg) ?? [];
  const summary = values.length >= minCodes ? classSummary(values) : null;
  const histogram = summary ? classHistogram(values) : null;

  const download = () => {
    if (!read) return;
    const blob = new Blob([classCsv(read.results, labels.csv)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'class-results.csv';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div className="class-results">
      <form
        className="class-results__form"
        onSubmit={(e) => {
          e.preventDefault();
          setRead(readClassCodes(text));
        }}
      >
        <label htmlFor="class-results-codes">{labels.codes}</label>
        <span id="class-results-codes-hint" className="class-results__hint">{labels.codesHint}</span>
        <textarea id="class-results-codes" ref={field} rows={8} value={text} aria-describedby="class-results-codes-hint" spellCheck={false} autoCapitalize="characters" onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="button">{labels.show}</button>
      </form>

      <div role="status" className="class-results__status">
        {read && <p>{fillTemplate(labels.counts, { valid: number.format(read.results.length), refused: number.format(read.refused.length) })}</p>}
      </div>

      {read && read.refused.length > 0 && (
        <section aria-labelledby="class-results-refused" className="class-results__refused">
          <h2 id="class-results-refused">{labels.refusedHeading}</h2>
          <ul>
            {read.refused.map((r, i) => (
              <li key={`${i}-${r.code}`}>{fillTemplate(labels.labelled, { label: r.code, text: labels.problems[r.problem] })}</li>
            ))}
          </ul>
        </section>
      )}

      {read && !summary && read.results.length > 0 && <p className="class-results__too-few">{fillTemplate(labels.tooFew, { min: minCodes, count: read.results.length })}</p>}
      {read && read.results.length === 0 && read.refused.length === 0 && <p className="class-results__too-few">{fillTemplate(labels.tooFew, { min: minCodes, count: 0 })}</p>}

      {summary && histogram && (
        <>
          <section aria-labelledby="class-results-summary">
            <h2 id="class-results-summary">{labels.summaryHeading}</h2>
            <dl className="class-results__summary">
              <dt>{labels.families}</dt>
              <dd>{number.format(summary.count)}</dd>
              <dt>{labels.median}</dt>
              <dd>{fillTemplate(labels.kgValue, { kg: number.format(summary.medianKg) })}</dd>
              <dt>{labels.range}</dt>
              <dd>{fillTemplate(labels.rangeValue, { min: number.format(summary.minKg), max: number.format(summary.maxKg) })}</dd>
            </dl>
          </section>
          <section aria-labelledby="class-results-histogram">
            <h2 id="class-results-histogram">{labels.histogramHeading}</h2>
            <ClassHistogram bins={histogram.bins} labels={labels} formatLocale={formatLocale} />
            <p>
              <button type="button" className="button button--secondary" onClick={download}>
                {labels.download}
              </button>
            </p>
          </section>
        </>
      )}
    </div>
  );
}
