import { measureHeading } from '../i18n/format-list';
import { datesInWords } from '../i18n/format-date';
import type { RowOf } from '../datasets/row-schemas';
import { EMISSION_CATEGORIES } from '../datasets/emission-categories';
import type { EmissionFactor, QuantityError } from './household-carbon';
import { BCP47, pick, type Locale } from '../i18n/locales';
import { t, uiTemplate } from '../i18n/translate';

export interface CalculatorFactorView extends EmissionFactor {
  label: string;
  inputUnit: string;
  maxInput: number;
  illustrative: boolean;
}

export interface CalculatorLabels {
  inputsLegend: string;
  categories: Record<EmissionFactor['category'], string>;
  errors: Record<QuantityError, string>; // 'too-large' may use {max}
  fixErrors: string;
  resultHeading: string;
  total: string; // "{kg} kg CO₂ a year (about {t} tonnes)"
  tableCaption: string;
  category: string;
  kgPerYear: string;
  share: string;
  chartLabel: string; // accessible name of the chart
  levers: string;
  illustrativeNote: string;
  officialNote: string;
}

export interface CategoryLevers {
  category: EmissionFactor['category'];
  measures: { href: string; text: string }[];
}

/** Everything the calculator island is rendered with (its props), built from the dataset. */
export interface CalculatorView {
  factors: CalculatorFactorView[];
  levers: CategoryLevers[];
  labels: CalculatorLabels;
  /** BCP-47 tag for number formatting in the browser. */
  locale: string;
}

/**
 * The calculator island's props, in the page's language, from the household-emission-factors
 * rows: each factor with its label and unit, the measures that address each part of a
 * household's emissions (linked with their titles), and the interface strings — the ones the
 * island fills in as the reader types are passed as templates.
 */
export function calculatorView(
  locale: Locale,
  rows: readonly RowOf<'household-emission-factors'>[],
  measureTitles: Readonly<Record<number, string>>,
  link: (routePath: string) => string,
): CalculatorView {
  const factors = rows.map((r) => ({
    id: r.id,
    category: r.category,
    perYear: r.perYear,
    factor: r.factor,
    maxInput: r.maxInput,
    label: pick(locale, r),
    inputUnit: pick(locale, { zh: r.inputUnitZh, en: r.inputUnitEn }),
    illustrative: r.provenance === 'illustrative',
  }));
  const levers = EMISSION_CATEGORIES.map((category) => {
    const measures = [...new Set(rows.filter((r) => r.category === category).flatMap((r) => r.measures.split(' ').map(Number)))].sort((a, b) => a - b);
    return { category, measures: measures.map((n) => ({ href: link(`/measures/${n}/`), text: measureHeading(locale, n, measureTitles[n] ?? '') })) };
  });
  const official = rows.find((r) => r.provenance === 'official');
  const labels: CalculatorLabels = {
    inputsLegend: t(locale, 'calculator.inputsLegend'),
    categories: Object.fromEntries(EMISSION_CATEGORIES.map((c) => [c, t(locale, `calculator.category.${c}`)])) as CalculatorLabels['categories'],
    errors: {
      empty: t(locale, 'calculator.error.empty'),
      'not-a-number': t(locale, 'calculator.error.notNumber'),
      negative: t(locale, 'calculator.error.negative'),
      'too-large': uiTemplate(locale, 'calculator.error.tooLarge'),
    },
    fixErrors: uiTemplate(locale, 'calculator.fixErrors'),
    resultHeading: t(locale, 'calculator.result'),
    total: uiTemplate(locale, 'calculator.total'),
    tableCaption: t(locale, 'calculator.tableCaption'),
    category: t(locale, 'calculator.categoryHeading'),
    kgPerYear: t(locale, 'calculator.kgPerYear'),
    share: t(locale, 'calculator.share'),
    chartLabel: t(locale, 'calculator.chartLabel'),
    levers: t(locale, 'calculator.levers'),
    illustrativeNote: t(locale, 'calculator.illustrativeNote'),
    officialNote: official ? t(locale, 'calculator.officialNote', { source: datesInWords(locale, pick(locale, { zh: official.sourceZh, en: official.sourceEn })) }) : '',
  };
  return { factors, levers, labels, locale: BCP47[locale] };
}
