/**
 * The family's class code, made only when asked: the rounded per-person result and the
 * household-size band (lib/learn/class-codes.ts), as text and as a QR code. The QR code is drawn
 * in the browser by uqr, loaded only now, and shown as an SVG image (a data: URL, which the
 * site's Content-Security-Policy allows for images; the SVG has no scripts or styles of its own).
 */
import { useEffect, useState } from 'react';
import { encodeClassCode } from '../../../lib/learn/class-codes';
import { fillTemplate } from '../../../lib/i18n/fill-template';
import type { Footprint } from '../../../lib/learn/household-carbon';
import type { CalculatorLabels } from '../../../lib/learn/calculator-view';

export function ClassCodePanel({ footprint, labels }: { footprint: Footprint | null; labels: CalculatorLabels['classCode'] }) {
  const [shown, setShown] = useState(false);
  const [qr, setQr] = useState<{ code: string; svg: string } | null>(null);
  const code = shown && footprint ? encodeClassCode(footprint.perPersonKgPerYear, footprint.householdSize) : null;

  useEffect(() => {
    if (!code) return;
    let current = true;
    void import('uqr').then(({ renderSVG }) => {
      if (current) setQr({ code, svg: renderSVG(code, { border: 2 }) });
    });
    return () => {
      current = false;
    };
  }, [code]);

  return (
    <section className="calculator__class-code" aria-labelledby="calculator-class-code">
      <h2 id="calculator-class-code">{labels.heading}</h2>
      <p>{labels.intro}</p>
      <button type="button" className="button button--secondary" onClick={() => setShown(true)}>
        {labels.make}
      </button>
      <div aria-live="polite">
        {shown && !footprint && <p className="calculator__error">{labels.fixErrors}</p>}
        {code && (
          <div className="calculator__code-box">
            <p>
              {labels.label}
              <br />
              <strong className="calculator__code" lang="en">{code}</strong>
            </p>
            {qr?.code === code && (
              <img className="calculator__qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr.svg)}`} alt={fillTemplate(labels.qr, { code })} width="160" height="160" />
            )}
            <p className="note">{labels.changes}</p>
          </div>
        )}
      </div>
    </section>
  );
}
