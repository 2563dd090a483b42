import { t } from '../i18n/translate';
import type { Locale } from '../i18n/locales';
import { departmentsOf, hasSoleBody, MEASURE_COUNT, responsibleBodiesText, structureOf } from './structure';

const allMeasures = () => Array.from({ length: MEASURE_COUNT }, (_, i) => i + 1);

/** Measure numbers as a reader writes them: “5、14、19” / “5, 14 and 19”. */
export const measureNumbers = (numbers: readonly number[], locale: Locale) =>
  locale === 'zh-cn' ? numbers.join('、') : new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(numbers.map(String));

/** Measures that make one body alone responsible (“负责”), and those naming only “各有关部门”. */
export const soleBodyMeasures = () => allMeasures().filter(hasSoleBody);
export const allRelevantOnlyMeasures = () => allMeasures().filter((n) => departmentsOf(n).length === 0 && structureOf(n).allRelevantDepartments);

/**
 * What the plan says about who is responsible for one measure, worded from the data: most
 * measures make several bodies responsible “按职责分工负责” with no lead; measures 5 and 14
 * name only the District Urban Management Commission and measure 19 only the District Ecology
 * and Environment Bureau (“负责”); measure 23 names only “各有关部门”; a list ending in “等” is
 * not complete.
 */
export function responsibilityNote(measure: number, locale: Locale): string {
  if (hasSoleBody(measure)) return t(locale, 'measure.responsibleNote.sole', { body: responsibleBodiesText(measure, locale) });
  if (departmentsOf(measure).length === 0) return t(locale, 'measure.responsibleNote.allOnly');
  const note = t(locale, 'measure.responsibleNote.several');
  return structureOf(measure).etAl ? `${note}${locale === 'zh-cn' ? '' : ' '}${t(locale, 'measure.responsibleNote.etAl')}` : note;
}

/** The parameters of the notes that speak of every measure at once (departments, fact sheet). */
export const responsibilitySummaryParams = (locale: Locale) => ({
  sole: measureNumbers(soleBodyMeasures(), locale),
  allOnly: measureNumbers(allRelevantOnlyMeasures(), locale),
});
