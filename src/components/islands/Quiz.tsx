/**
 * The quiz island for one grade band's bank: one fieldset per question (QuizQuestionCard.tsx),
 * feedback in a live region after each "check", and the score once every question is answered.
 * The page renders the same questions as a plain list (with answers in <details>) for readers
 * without JavaScript and for print; this island replaces that list when it mounts.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { scoreQuiz, type QuizAnswers } from '../../lib/learn/quiz-scoring';
import { fillTemplate } from '../../lib/i18n/fill-template';
import type { QuizQuestionView } from '../../lib/learn/quiz-view';
import { QuizQuestionCard } from './QuizQuestionCard';

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
        {questions.map((q, qi) => (
          <QuizQuestionCard
            key={q.id}
            ref={qi === 0 ? firstInput : undefined}
            q={q}
            n={qi + 1}
            total={questions.length}
            labels={labels}
            name={`${base}-${q.id}`}
            selected={selected[q.id]}
            checked={checked[q.id]}
            warning={warnings[q.id] ?? false}
            onSelect={(option) => setSelected((current) => ({ ...current, [q.id]: option }))}
            onCheck={() => check(q.id)}
          />
        ))}
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
