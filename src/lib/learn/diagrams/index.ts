import type { Locale } from '../../i18n/locales';
import type { EntrySource } from '../../schemas/source';
import type { DiagramId } from '../diagram-ids';
import type { DiagramDefinition, DiagramText, DrawOptions } from './diagram';
import { CARBON_CYCLE } from './carbon-cycle';
import { ENERGY_FLOW } from './energy-flow';
import { GREENHOUSE_EFFECT } from './greenhouse-effect';
import { PLAN_CATEGORIES } from './plan-categories';

/**
 * The learning centre's diagrams by id (src/lib/learn/diagram-ids.ts): the page component
 * (components/learn/Diagram.astro), the slides and the printable PDFs all draw from here.
 */
export const DIAGRAMS: Record<DiagramId, DiagramDefinition> = {
  'greenhouse-effect': GREENHOUSE_EFFECT,
  'carbon-cycle': CARBON_CYCLE,
  'energy-flow': ENERGY_FLOW,
  'plan-categories': PLAN_CATEGORIES,
};

/**
 * A diagram as self-contained SVG markup in one language: role="img", <title> and <desc> named by
 * aria-labelledby, presentation attributes only, system CJK fonts. `idPrefix` (default: the
 * diagram's id) keeps the ids of <title>/<desc> unique when a page shows a diagram twice.
 */
export function diagramSvg(id: DiagramId, locale: Locale, idPrefix = `diagram-${id}`, options: DrawOptions = {}): string {
  return DIAGRAMS[id].svg(locale, idPrefix, options);
}

/** The numbered key of a diagram that has one (greenhouse effect, carbon cycle), for showing as text. */
export function diagramKey(id: DiagramId, locale: Locale): { items: readonly string[]; closing?: string } | undefined {
  return DIAGRAMS[id].key?.[locale];
}

/** A diagram's text alternative: title, one-sentence description and the picture in words. */
export function diagramText(id: DiagramId, locale: Locale): DiagramText {
  return DIAGRAMS[id].text[locale];
}

/** The sources a diagram's statements rest on, in the language of the page. */
export function diagramSources(id: DiagramId, locale: Locale): EntrySource[] {
  return DIAGRAMS[id].sources[locale];
}
