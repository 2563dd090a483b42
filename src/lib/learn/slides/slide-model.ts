import type { DiagramId } from '../diagram-ids';
import { diagramKey, diagramText } from '../diagrams';
import type { Locale } from '../../i18n/locales';
import { pick, PUNCTUATION } from '../../i18n/locales';
import type { LessonEntry } from '../../schemas/lesson-entry';
import { t } from '../../i18n/translate';
import { shortStep } from './short-step';

/** The lesson fields the slides are built from: schema fields only (src/lib/schemas/lesson-entry.ts). */
export type SlideLesson = Pick<
  LessonEntry,
  'title' | 'summary' | 'band' | 'grades' | 'subjects' | 'periods' | 'periodMinutes' | 'objectives' | 'keyPoints' | 'difficulties' | 'activities' | 'diagrams' | 'discussion' | 'boardPlan' | 'measures'
>;

export type SlideKind = 'title' | 'objectives' | 'key-points' | 'activity' | 'diagram' | 'discussion' | 'board' | 'closing';

/** One slide: a heading, what it shows, and the speaker notes (never projected or printed). */
export interface Slide {
  kind: SlideKind;
  heading: string;
  /** A line under the heading: the grades and periods, an activity's minutes. */
  meta?: string;
  items: string[];
  /** Board lines are written as the teacher writes them, not as bullets. */
  plain?: boolean;
  diagram?: DiagramId;
  /** The plan measures a closing slide links to. */
  measures?: number[];
  notes: string[];
}

const minutes = (locale: Locale, n: number) => t(locale, 'learn.minutes', { n });

/**
 * A lesson as slides: title; objectives; key points; each activity (steps as short bullets, the
 * full steps and the 设计意图 in the notes); the diagrams it names; discussion; the 板书; and the
 * plan measures it teaches. `measureTitles` gives each measure's title in the slides' language.
 */
export function lessonSlides(lesson: SlideLesson, locale: Locale, measureTitles: Record<number, string>): Slide[] {
  const sep = pick(locale, PUNCTUATION.listSeparator);
  const colon = pick(locale, PUNCTUATION.colon);
  const periods = lesson.periods === 1 ? t(locale, 'learn.slides.onePeriod', { minutes: lesson.periodMinutes }) : t(locale, 'learn.slides.twoPeriods', { minutes: lesson.periodMinutes });
  const slides: Slide[] = [
    {
      kind: 'title',
      heading: lesson.title,
      meta: [`${t(locale, `learn.band.${lesson.band}`)} · ${t(locale, 'learn.grades', { grades: lesson.grades })}`, periods].join(' · '),
      items: [lesson.subjects.map((s) => t(locale, `learn.subject.${s}`)).join(sep)],
      notes: [lesson.summary],
    },
    {
      kind: 'objectives',
      heading: t(locale, 'learn.objectives'),
      items: lesson.objectives.map((o) => o.text),
      notes: [],
    },
    {
      kind: 'key-points',
      heading: t(locale, 'learn.slides.keyPoints'),
      items: lesson.keyPoints,
      notes: [`${t(locale, 'learn.slides.difficulties')}${colon}${lesson.difficulties.join(' ')}`],
    },
  ];
  lesson.activities.forEach((activity, i) => {
    const time = minutes(locale, activity.minutes);
    slides.push({
      kind: 'activity',
      heading: t(locale, 'learn.slides.activity', { n: i + 1, title: activity.title }),
      meta: lesson.periods > 1 ? `${t(locale, 'learn.slides.period', { n: activity.period })} · ${time}` : time,
      items: activity.steps.map((step) => shortStep(step, locale)),
      notes: [...activity.steps, `${t(locale, 'learn.slides.intent')}${colon}${activity.intent}`],
    });
  });
  for (const id of lesson.diagrams) {
    const text = diagramText(id, locale);
    // A diagram with a numbered key shows the key as slide text beside the picture, where it stays
    // legible from the back of the room; its closing statement goes under the heading.
    const key = diagramKey(id, locale);
    slides.push({ kind: 'diagram', heading: text.title, meta: key?.closing, items: [...(key?.items ?? [])], diagram: id, notes: [text.description, ...text.longDescription] });
  }
  slides.push(
    { kind: 'discussion', heading: t(locale, 'learn.discussion'), items: lesson.discussion, notes: [] },
    { kind: 'board', heading: t(locale, 'learn.slides.boardPlan'), items: lesson.boardPlan, plain: true, notes: [] },
    {
      kind: 'closing',
      heading: t(locale, 'learn.slides.closing'),
      items: lesson.measures.map((n) => `${t(locale, 'common.measureN', { n })}${locale === 'en' ? ': ' : '　'}${measureTitles[n] ?? ''}`.trim()),
      measures: lesson.measures,
      meta: t(locale, 'learn.slides.closingNote'),
      notes: [],
    },
  );
  return slides;
}
