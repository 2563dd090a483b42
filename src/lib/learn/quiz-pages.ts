import { GRADE_BANDS, type GradeBand } from '../schemas/lesson-entry';
import { LOCALES, localeSegment, type Locale } from '../i18n/locales';
import { quizQuestions } from '../content/queries';
import { bankOf } from './quiz-banks';
import { quizQuestionView, type QuizQuestionView } from './quiz-view';

/** `getStaticPaths` for a page that exists once per language and grade band. */
export function bandStaticPaths() {
  return LOCALES.flatMap((locale) => GRADE_BANDS.map((band) => ({ params: { lang: localeSegment(locale), band }, props: { locale, band } })));
}

/** One band's bank as the quiz pages show it, in the file's order. */
export async function bankViews(locale: Locale, band: GradeBand, base: string): Promise<QuizQuestionView[]> {
  return bankOf(await quizQuestions(), band).map((q) => quizQuestionView(q, locale, base));
}
