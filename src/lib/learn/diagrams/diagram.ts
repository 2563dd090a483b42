import type { Locale } from '../../i18n/locales';
import type { EntrySource } from '../../schemas/source';
import type { DiagramId } from '../diagram-ids';
import { PLAN } from '../../plan/metadata';

/** A diagram's text alternative: its name, a one-sentence description, and the whole picture in words. */
export interface DiagramText {
  title: string;
  description: string;
  /** The diagram in words, one paragraph or list item per part, read in the diagram's order. */
  longDescription: string[];
}

export interface DrawOptions {
  withKey?: boolean;
}

/** One learning-centre diagram: its words in both languages, its sources, and how it is drawn. */
export interface DiagramDefinition {
  id: DiagramId;
  text: Record<Locale, DiagramText>;
  /**
   * Every label drawn in the picture, per language (the unit tests check each is in the SVG, so
   * no label is left untranslated).
   */
  labels: Record<Locale, string[]>;
  /** Where the statements come from, in each language (shown under the diagram as 来源 / Source). */
  sources: Record<Locale, EntrySource[]>;
  /**
   * The numbered sentences the picture's badges point to, and a closing statement, when it has
   * them: drawn under the picture, or (on a slide) shown as text beside a picture drawn without.
   */
  key?: Record<Locale, { items: readonly string[]; closing?: string }>;
  /**
   * The SVG markup; `idPrefix` keeps ids unique when a page shows a diagram more than once;
   * `withKey: false` leaves the key out of the drawing (the slide shows it as text).
   */
  svg(locale: Locale, idPrefix: string, options?: DrawOptions): string;
}

/** The plan itself (src/data/plan-metadata.json), as a source line for the diagrams drawn from it. */
export const planSource = (locale: Locale): EntrySource =>
  locale === 'zh-cn'
    ? { publisher: PLAN.issuer.zh, title: `${PLAN.title.zh}（${PLAN.documentNumber.zh}）`, date: PLAN.issued, url: null }
    : { publisher: PLAN.issuer.en, title: `${PLAN.title.en} (${PLAN.documentNumber.en})`, originalTitle: `${PLAN.title.zh}（${PLAN.documentNumber.zh}）`, language: 'zh-CN', date: PLAN.issued, url: null };

/** Every string of a diagram's word list (labels and key), for `labels`. */
export const wordsOf = (words: Record<string, string | readonly string[]>): string[] => Object.values(words).flat().map((w) => w.replace(/\n/g, ''));
