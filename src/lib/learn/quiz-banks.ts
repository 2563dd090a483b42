import { GRADE_BANDS, type GradeBand } from '../schemas/lesson-entry';

/** The items of one grade band's bank, in the file's order. */
export const bankOf = <Q extends { band: GradeBand }>(questions: readonly Q[], band: GradeBand): Q[] => questions.filter((q) => q.band === band);

/** Every band with its bank (bands in GRADE_BANDS order: primary, junior, senior). */
export const banksByBand = <Q extends { band: GradeBand }>(questions: readonly Q[]) => GRADE_BANDS.map((band) => ({ band, questions: bankOf(questions, band) }));

/** The quiz's routes for a band (before the language prefix and base path). */
export const quizRoutes = (band: GradeBand) => ({
  quiz: `/learn/quiz/${band}/`,
  projector: `/learn/quiz/${band}/projector/`,
  sheet: (version: 'a' | 'b') => `/learn/quiz/${band}/print-${version}/`,
  key: `/learn/quiz/${band}/key/`,
});
