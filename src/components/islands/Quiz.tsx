/**
 * The quiz island: one fieldset per question, a "check" button, feedback with the explanation
 * and a link to the measure in a live region, and the score once every question is answered.
 * The page renders the same questions as a plain list (with answers in <details>) for readers
 * without JavaScript and for print; this island replaces that list when it mounts.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { isCorrect, scoreQuiz, type QuizAnswers } from '../../lib/learn/quiz-scoring';
import { fillTemplate } from '../../lib/i18n/fill-template';

export interface QuizQuestionView {
  id: string;
  question: string;
  options: string[];
  answer: number;
  explanation: string;
  /** Where in the plan the answer is, and the link text. */
  href: string;
  linkText: string;
}

export interface QuizLabels {
  question: string; // "Question {n} of {total}"
  check: string;
  chooseFirst: string;
  correct: string;
  incorrect: string; // "Not quite: the answer is “{answer}”."
  score: string; // "You answered {correct} of {total} correctly ({percent}%)."
  progress: string; // "Answered {answered} of {total}."
  restart: string;
}

export function Quiz({ questions, labels }: { questions: QuizQuestionView[]; labels: QuizLabels }) {
  const [selected, setSelected] = useState<Record<string, number | undefined>>({});
  const [checked, setChecked] = useState<QuizAnswers>({});
  const [warnings, setWarnings] = useState<Record<string, boolean>>({});
  const firstInput = useRef<HTMLInputElement>(null);
  // After "start again" the first option gets focus, once the re-enabled inputs are rendered.
  const [focusFirst, setFocusFirst] = useState(false);
  useEffect(() => {
    if (!focusFirst) return;
    firstInput.current?.focus();
    setFocusFirst(false);
  }, [focusFirst]);
  const base = useId();
  // After "check answer" the button is gone: focus moves to the feedback, which is read out.
  const [justChecked, setJustChecked] = useState<string>();
  useEffect(() => {
    if (justChecked) document.getElementById(`${base}-${justChecked}-result`)?.focus();
  }, [justChecked, base]);
  const score = scoreQuiz(questions, checked);
  const done = score.answered === score.total;

  const check = (id: string) => {
    if (selected[id] === undefined) return setWarnings((current) => ({ ...current, [id]: true }));
    setWarnings((current) => ({ ...current, [id]: false }));
    setChecked((current) => ({ ...current, [id]: selected[id] }));
    setJustChecked(id);
  };
  const restart = () => {
    setSelected({});
    setChecked({});
    setWarnings({});
    setJustChecked(undefined);
    setFocusFirst(true);
  };

  return (
    <div className="quiz">
      <ol className="quiz__questions">
        {questions.map((q, qi) => {
          const answered = checked[q.id] !== undefined;
          const right = isCorrect(q, checked[q.id]);
          return (
            <li key={q.id} className="quiz__question">
              <fieldset>
                <legend>
                  <span className="quiz__number">{fillTemplate(labels.question, { n: qi + 1, total: questions.length })}</span>
                  {q.question}
                </legend>
                {q.options.map((option, oi) => (
                  <label key={oi} className={answered && oi === q.answer ? 'quiz__option quiz__option--answer' : 'quiz__option'}>
                    <input
                      ref={qi === 0 && oi === 0 ? firstInput : undefined}
                      type="radio"
                      name={`${base}-${q.id}`}
                      value={oi}
                      checked={selected[q.id] === oi}
                      disabled={answered}
                      onChange={() => setSelected((current) => ({ ...current, [q.id]: oi }))}
                    />{' '}
                    {option}
                  </label>
                ))}
                {!answered && (
                  <button type="button" className="button" onClick={() => check(q.id)}>
                    {labels.check}
                  </button>
                )}
                <div className="quiz__feedback" role="status">
                  {warnings[q.id] && <p className="quiz__warning">{labels.chooseFirst}</p>}
                  {answered && (
                    <div id={`${base}-${q.id}-result`} tabIndex={-1} className={right ? 'quiz__result quiz__result--right' : 'quiz__result quiz__result--wrong'}>
                      <p>
                        <strong>{right ? labels.correct : fillTemplate(labels.incorrect, { answer: q.options[q.answer]! })}</strong>
                      </p>
                      <p>{q.explanation}</p>
                      <p>
                        <a href={q.href}>{q.linkText}</a>
                      </p>
                    </div>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="quiz__score" role="status">
        <p>
          <strong>{done ? fillTemplate(labels.score, { correct: score.correct, total: score.total, percent: score.percent }) : fillTemplate(labels.progress, { answered: score.answered, total: score.total })}</strong>
        </p>
      </div>
      {score.answered > 0 && (
        <button type="button" className="button button--secondary" onClick={restart}>
          {labels.restart}
        </button>
      )}
    </div>
  );
}
