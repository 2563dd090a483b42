import type { QuizQuestion } from '../schemas/quiz-question';
import { measureOfAnchor } from '../schemas/quiz-question';
import { QUIZ_PICTURES, type QuizPictureId } from '../../components/learn/quiz-pictures/registry';
import { pick, type Locale } from '../i18n/locales';
import { localizedPath } from '../site/urls';
import { t } from '../i18n/translate';

/** A picture beside an option, with its text alternative in the page's language. */
export interface OptionPicture {
  id: QuizPictureId;
  alt: string;
}

/** One question as every quiz page shows it, in one language (plain data: it is also the island's props). */
export interface QuizQuestionView {
  id: string;
  kind: QuizQuestion['kind'];
  question: string;
  options: string[];
  /** Picture items: one per option, in the options' order. */
  pictures?: OptionPicture[];
  answer: number;
  explanation: string;
  /** Where in the plan the answer is, the link text, and a short label for answer keys ("Measure 7"). */
  href: string;
  linkText: string;
  where: string;
}

/** The view of a question in a language; `base` is the site's base path. */
export function quizQuestionView(q: QuizQuestion, locale: Locale, base: string): QuizQuestionView {
  const side = pick(locale, q);
  const link = (path: string) => localizedPath(locale, path, base);
  const measure = measureOfAnchor(q.planAnchor);
  return {
    id: q.id,
    kind: q.kind,
    question: side.question,
    options: side.options,
    ...(q.pictures ? { pictures: q.pictures.map((id) => ({ id, alt: pick(locale, QUIZ_PICTURES[id].alt) })) } : {}),
    answer: q.answer,
    explanation: side.explanation,
    href: measure ? link(`/measures/${measure}/`) : `${link('/plan/')}#${q.planAnchor}`,
    linkText: measure ? t(locale, 'quiz.readMeasure', { n: measure }) : t(locale, 'quiz.readPlan'),
    where: measure ? t(locale, 'quiz.key.measure', { n: measure }) : q.planAnchor === 'main-goals' ? t(locale, 'quiz.key.section') : t(locale, 'quiz.readPlan'),
  };
}
