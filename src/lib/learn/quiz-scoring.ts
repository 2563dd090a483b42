/** A reader's choices: question id → index of the chosen option (absent while unanswered). */
export type QuizAnswers = Readonly<Record<string, number | undefined>>;

export interface QuizScore {
  total: number;
  answered: number;
  correct: number;
  /** Whole per cent of all questions answered correctly (unanswered count as wrong). */
  percent: number;
}

export const isCorrect = (question: { answer: number }, choice: number | undefined): boolean => choice === question.answer;

/** The score so far: how many of the questions were answered, and how many correctly. */
export function scoreQuiz(questions: readonly { id: string; answer: number }[], answers: QuizAnswers): QuizScore {
  const answered = questions.filter((q) => answers[q.id] !== undefined).length;
  const correct = questions.filter((q) => isCorrect(q, answers[q.id])).length;
  const total = questions.length;
  return { total, answered, correct, percent: total === 0 ? 0 : Math.round((correct / total) * 100) };
}
