/**
 * One question of the quiz island: its options as radio buttons, a "check" button, and the
 * feedback (right or not, the explanation and a link to the plan) in a live region.
 */
import { forwardRef } from 'react';
import { isCorrect } from '../../lib/learn/quiz-scoring';
import { fillTemplate } from '../../lib/i18n/fill-template';
import type { QuizQuestionView } from '../../lib/learn/quiz-view';
import { QuizOptionText } from '../learn/quiz/QuizOptionText';
import type { QuizLabels } from './Quiz';

interface Props {
  q: QuizQuestionView;
  n: number;
  total: number;
  labels: QuizLabels;
  /** The radio group's name and the prefix of the feedback's id (unique per island). */
  name: string;
  selected: number | undefined;
  checked: number | undefined;
  warning: boolean;
  onSelect: (option: number) => void;
  onCheck: () => void;
}

/** The ref goes to the first option's radio button (focused after "start again"). */
export const QuizQuestionCard = forwardRef<HTMLInputElement, Props>(function QuizQuestionCard({ q, n, total, labels, name, selected, checked, warning, onSelect, onCheck }, firstInput) {
  const answered = checked !== undefined;
  const right = isCorrect(q, checked);
  return (
    <li className="quiz__question">
      <fieldset>
        <legend>
          <span className="quiz__number">{fillTemplate(labels.question, { n, total })}</span>
          {q.question}
        </legend>
        <div className={q.pictures ? 'quiz__options quiz__options--pictures' : 'quiz__options'}>
          {q.options.map((option, oi) => (
            <label key={oi} className={answered && oi === q.answer ? 'quiz__option quiz__option--answer' : 'quiz__option'}>
              <input ref={oi === 0 ? firstInput : undefined} type="radio" name={name} value={oi} checked={selected === oi} disabled={answered} onChange={() => onSelect(oi)} />{' '}
              <QuizOptionText text={option} picture={q.pictures?.[oi]} />
            </label>
          ))}
        </div>
        {!answered && (
          <button type="button" className="button" onClick={onCheck}>
            {labels.check}
          </button>
        )}
        <div className="quiz__feedback" role="status">
          {warning && <p className="quiz__warning">{labels.chooseFirst}</p>}
          {answered && (
            <div id={`${name}-result`} tabIndex={-1} className={right ? 'quiz__result quiz__result--right' : 'quiz__result quiz__result--wrong'}>
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
});
