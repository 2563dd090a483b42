import type { GradeBand } from '../schemas/lesson-entry';
import type { QuizQuestionView } from './quiz-view';
import { optionLetter, quizVersion, type QuizVersion } from './quiz-versions';

/** One printed question: its words and options (with pictures) in printed order, and the printed answer letter. */
export interface SheetItem {
  id: string;
  question: string;
  options: { text: string; picture: QuizQuestionView['pictures'] extends (infer P)[] | undefined ? P | undefined : never }[];
  letter: string;
  /** The correct option's words, for the key. */
  answerText: string;
  where: string;
}

/** A band's bank as printed in one version (A as written, B shuffled by the band's seed). */
export function sheetItems(questions: readonly QuizQuestionView[], band: GradeBand, version: QuizVersion): SheetItem[] {
  const bank = questions.map((q) => ({ ...q, optionCount: q.options.length }));
  return quizVersion(bank, version, band).map(({ question: q, options, answer }) => ({
    id: q.id,
    question: q.question,
    options: options.map((o) => ({ text: q.options[o]!, picture: q.pictures?.[o] })),
    letter: optionLetter(answer),
    answerText: q.options[q.answer]!,
    where: q.where,
  }));
}
