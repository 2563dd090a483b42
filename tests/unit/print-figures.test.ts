import { describe, expect, it } from 'vitest';
import { DIAGRAM_IDS } from '../../src/lib/learn/diagram-ids';
import { LOCALES } from '../../src/lib/i18n/locales';
import { diagramPng } from '../../src/lib/print/blocks/figure';
import { pngSize } from '../support/png-size';

// Every diagram a handout may name can be drawn into a PDF: its SVG (src/lib/learn/diagrams/)
// loads in the canvas library and comes out as a 300 dpi PNG of the asked width.
describe('diagrams for printing', () => {
  it.each(LOCALES.flatMap((locale) => DIAGRAM_IDS.map((id) => [id, locale] as const)))('%s (%s) draws at 300 dpi', (id, locale) => {
    const { png, aspect } = diagramPng(id, locale, 144); // two inches wide
    expect(aspect).toBeGreaterThan(0);
    const { width, height } = pngSize(png);
    expect(width).toBe(600);
    expect(height).toBe(Math.round(600 * aspect));
  });
});
