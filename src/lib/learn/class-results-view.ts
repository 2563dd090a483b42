import { MIN_CLASS_CODES } from './class-histogram';
import type { ClassCodeProblem, SizeBand } from './class-codes';
import type { ClassCsvLabels } from './class-csv';
import { FORMAT_LOCALE, type Locale } from '../i18n/locales';
import { t, uiTemplate, type UiKey } from '../i18n/translate';

const PROBLEMS: readonly ClassCodeProblem[] = ['not-a-class-code', 'unknown-version', 'wrong-length', 'bad-character', 'typo', 'bad-band'];
const BANDS: readonly SizeBand[] = ['1-2', '3-4', '5+'];

/** The class results island's props: its strings in the page's language (templates where it fills them). */
export interface ClassResultsView {
  formatLocale: string;
  minCodes: number;
  labels: {
    codes: string;
    codesHint: string;
    show: string;
    counts: string; // {valid} {refused}
    refusedHeading: string;
    labelled: string; // {label}: {text}
    problems: Record<ClassCodeProblem, string>;
    tooFew: string; // {min} {count}
    summaryHeading: string;
    families: string;
    median: string;
    range: string;
    kgValue: string; // {kg}
    rangeValue: string; // {min} {max}
    histogramHeading: string;
    chartLabel: string;
    tableCaption: string;
    binHeading: string;
    bin: string; // {from} {to}
    download: string;
    csv: ClassCsvLabels;
  };
}

export function classResultsView(locale: Locale): ClassResultsView {
  const s = (key: UiKey) => t(locale, key);
  const u = (key: UiKey) => uiTemplate(locale, key);
  return {
    formatLocale: FORMAT_LOCALE[locale],
    minCodes: MIN_CLASS_CODES,
    labels: {
      codes: s('classResults.codesLabel'),
      codesHint: s('classResults.codesHint'),
      show: s('classResults.show'),
      counts: u('classResults.counts'),
      refusedHeading: s('classResults.refusedHeading'),
      labelled: u('calculator.labelled'),
      problems: Object.fromEntries(PROBLEMS.map((p) => [p, t(locale, `classResults.problem.${p}`)])) as Record<ClassCodeProblem, string>,
      tooFew: u('classResults.tooFew'),
      summaryHeading: s('classResults.summaryHeading'),
      families: s('classResults.families'),
      median: s('classResults.median'),
      range: s('classResults.range'),
      kgValue: u('classResults.kgValue'),
      rangeValue: u('classResults.rangeValue'),
      histogramHeading: s('classResults.histogramHeading'),
      chartLabel: s('classResults.chartLabel'),
      tableCaption: s('classResults.tableCaption'),
      binHeading: s('classResults.binHeading'),
      bin: u('classResults.bin'),
      download: s('classResults.download'),
      csv: {
        perPerson: s('classResults.binHeading'),
        band: s('classResults.csvBand'),
        bands: Object.fromEntries(BANDS.map((b) => [b, t(locale, `classResults.band.${b}`)])) as Record<SizeBand, string>,
      },
    },
  };
}
