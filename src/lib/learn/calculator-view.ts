import { measureHeading } from '../i18n/format-list';
import { datesInWords } from '../i18n/format-date';
import type { RowOf } from '../datasets/row-schemas';
import { EMISSION_CATEGORIES } from '../datasets/emission-categories';
import { type EmissionFactor, type HouseholdSizeError, type QuantityError } from './household-carbon';
import { inputScope, type InputScope } from './input-scopes';
import { BCP47, FORMAT_LOCALE, pick, type Locale } from '../i18n/locales';
import { t, uiTemplate, type UiKey } from '../i18n/translate';

export interface CalculatorFactorView extends EmissionFactor {
  label: string;
  inputUnit: string;
  /** The unit and whose figure it is, as the label shows them: "(kWh per month, per household)", "（千瓦时/月，按全家）". */
  unitNote: string;
  /** What to enter, and whose figure it is (the household's or one person's). */
  hint: string;
  maxInput: number;
  illustrative: boolean;
}

export interface CalculatorLabels {
  inputsLegend: string;
  categories: Record<EmissionFactor['category'], string>;
  errors: Record<QuantityError, string>; // 'too-large' may use {max}
  fixErrors: string;
  errorSummary: string;
  /** "{label}: {text}", with the language's colon. */
  labelled: string;
  resultHeading: string;
  total: string; // "{kg} kg CO₂ a year for the household (about {t} tonnes)"
  perPersonTotal: string; // the same per person
  tableCaption: string;
  category: string;
  householdColumn: string;
  perPersonColumn: string;
  share: string;
  chartLabel: string; // accessible name of the chart
  levers: string;
  fairnessNote: string;
  illustrativeNote: string;
  officialNote: string;
  household: {
    legend: string;
    size: string;
    /** "(people)", "（人）" */
    sizeUnit: string;
    /** What separates a label from its unit note: a space in English, nothing before Chinese full-width brackets. */
    unitGap: string;
    sizeHint: string;
    sizeErrors: Record<HouseholdSizeError, string>;
    scopes: Record<InputScope, string>;
    electricHeating: string;
    electricHeatingHeading: string;
    electricHeatingText: string[];
    electricHeatingDouble: string;
  };
  whatIf: {
    heading: string;
    intro: string;
    open: string;
    close: string;
    legendNow: string;
    legendWhatIf: string;
    tableCaption: string;
    now: string;
    whatIf: string;
    difference: string;
    change: string;
    householdTotal: string;
    perPerson: string;
    fixErrors: string;
  };
  storage: { heading: string; note: string; clear: string; cleared: string };
  print: { button: string; heading: string; date: string; entries: string; item: string; value: string; factors: string };
  classCode: { heading: string; intro: string; make: string; label: string; qr: string; changes: string; fixErrors: string };
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
  /** BCP-47 tag of the page's language. */
  locale: string;
  /** The locale numbers and dates are formatted in (en-GB for English). */
  formatLocale: string;
}

/** A hint for the inputs that need more than "whose figure it is". */
const SPECIFIC_HINTS: Readonly<Record<string, UiKey>> = {
  electricity: 'calculator.hint.electricity',
  gas: 'calculator.hint.gas',
  heating: 'calculator.hint.heating',
  car: 'calculator.hint.vehicle',
  'electric-car': 'calculator.hint.vehicle',
};

/**
 * The calculator island's props, in the page's language, from the household-emission-factors
 * rows: each factor with its label, unit and whose figure it asks for, the measures that address
 * each part of a household's emissions (linked with their titles), and the interface strings —
 * the ones the island fills in as the reader types are passed as templates.
 */
export function calculatorView(
  locale: Locale,
  rows: readonly RowOf<'household-emission-factors'>[],
  measureTitles: Readonly<Record<number, string>>,
  link: (routePath: string) => string,
  /** The factors' dataset as the page names it (“…” (version 1.1.0)), for the printout. */
  datasetLabel = '',
): CalculatorView {
  const factors = rows.map((r) => {
    const scope = inputScope(r.id);
    return {
      id: r.id,
      category: r.category,
      perYear: r.perYear,
      factor: r.factor,
      scope,
      maxInput: r.maxInput,
      label: pick(locale, r),
      inputUnit: pick(locale, { zh: r.inputUnitZh, en: r.inputUnitEn }),
      unitNote: t(locale, 'calculator.unitAndScope', { unit: pick(locale, { zh: r.inputUnitZh, en: r.inputUnitEn }), scope: t(locale, `calculator.scope.${scope}`) }),
      hint: t(locale, SPECIFIC_HINTS[r.id] ?? `calculator.hint.${scope}`),
      illustrative: r.provenance === 'illustrative',
    };
  });
  const levers = EMISSION_CATEGORIES.map((category) => {
    const measures = [...new Set(rows.filter((r) => r.category === category).flatMap((r) => r.measures.split(' ').map(Number)))].sort((a, b) => a - b);
    return { category, measures: measures.map((n) => ({ href: link(`/measures/${n}/`), text: measureHeading(locale, n, measureTitles[n] ?? '') })) };
  });
  const official = rows.find((r) => r.provenance === 'official');
  const s = (key: UiKey) => t(locale, key);
  const labels: CalculatorLabels = {
    inputsLegend: s('calculator.inputsLegend'),
    categories: Object.fromEntries(EMISSION_CATEGORIES.map((c) => [c, t(locale, `calculator.category.${c}`)])) as CalculatorLabels['categories'],
    errors: {
      empty: s('calculator.error.empty'),
      'not-a-number': s('calculator.error.notNumber'),
      negative: s('calculator.error.negative'),
      'too-large': uiTemplate(locale, 'calculator.error.tooLarge'),
    },
    fixErrors: uiTemplate(locale, 'calculator.fixErrors'),
    errorSummary: s('calculator.errorSummary'),
    labelled: uiTemplate(locale, 'calculator.labelled'),
    resultHeading: s('calculator.result'),
    total: uiTemplate(locale, 'calculator.total'),
    perPersonTotal: uiTemplate(locale, 'calculator.perPersonTotal'),
    tableCaption: s('calculator.tableCaption'),
    category: s('calculator.categoryHeading'),
    householdColumn: s('calculator.householdColumn'),
    perPersonColumn: s('calculator.perPersonColumn'),
    share: s('calculator.share'),
    chartLabel: s('calculator.chartLabel'),
    levers: s('calculator.levers'),
    fairnessNote: s('calculator.fairnessNote'),
    illustrativeNote: s('calculator.illustrativeNote'),
    officialNote: official ? t(locale, 'calculator.officialNote', { source: datesInWords(locale, pick(locale, { zh: official.sourceZh, en: official.sourceEn })) }) : '',
    household: {
      legend: s('calculator.householdLegend'),
      size: s('calculator.householdSize'),
      sizeUnit: t(locale, 'calculator.unitOnly', { unit: s('calculator.householdSizeUnit') }),
      unitGap: locale === 'en' ? ' ' : '',
      sizeHint: s('calculator.householdSizeHint'),
      sizeErrors: { empty: s('calculator.sizeError.empty'), 'not-a-whole-number': s('calculator.sizeError.notWhole'), 'out-of-range': s('calculator.sizeError.outOfRange') },
      scopes: { household: s('calculator.scope.household'), person: s('calculator.scope.person') },
      electricHeating: s('calculator.electricHeating'),
      electricHeatingHeading: s('calculator.electricHeatingHeading'),
      electricHeatingText: [s('calculator.electricHeatingText1'), s('calculator.electricHeatingText2'), s('calculator.electricHeatingText3')],
      electricHeatingDouble: s('calculator.electricHeatingDouble'),
    },
    whatIf: {
      heading: s('calculator.whatIf.heading'),
      intro: s('calculator.whatIf.intro'),
      open: s('calculator.whatIf.open'),
      close: s('calculator.whatIf.close'),
      legendNow: s('calculator.whatIf.legendNow'),
      legendWhatIf: s('calculator.whatIf.legendWhatIf'),
      tableCaption: s('calculator.whatIf.tableCaption'),
      now: s('calculator.whatIf.legendNow'),
      whatIf: s('calculator.whatIf.legendWhatIf'),
      difference: s('calculator.whatIf.difference'),
      change: s('calculator.whatIf.change'),
      householdTotal: s('calculator.whatIf.householdTotal'),
      perPerson: s('calculator.whatIf.perPerson'),
      fixErrors: s('calculator.whatIf.fixErrors'),
    },
    storage: { heading: s('calculator.storage.heading'), note: s('calculator.storage.note'), clear: s('calculator.storage.clear'), cleared: s('calculator.storage.cleared') },
    print: {
      button: s('calculator.print.button'),
      heading: s('calculator.print.heading'),
      date: uiTemplate(locale, 'calculator.print.date'),
      entries: s('calculator.print.entries'),
      item: s('calculator.item'),
      value: s('calculator.print.value'),
      factors: t(locale, 'calculator.print.factors', { dataset: datasetLabel }),
    },
    classCode: {
      heading: s('calculator.classCode.heading'),
      intro: s('calculator.classCode.intro'),
      make: s('calculator.classCode.make'),
      label: s('calculator.classCode.label'),
      qr: uiTemplate(locale, 'calculator.classCode.qr'),
      changes: s('calculator.classCode.changes'),
      fixErrors: s('calculator.classCode.fixErrors'),
    },
  };
  return { factors, levers, labels, locale: BCP47[locale], formatLocale: FORMAT_LOCALE[locale] };
}
