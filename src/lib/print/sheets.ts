/**
 * The printable sheets the site publishes, as documents to draw: each handout as it is written,
 * and each lesson's two worksheets (基础, 提高: questions and writing lines) and the teacher's key
 * (both worksheets' answers and marking guides, marked 教师用).
 */
import { t } from '../i18n/translate';
import type { Locale } from '../i18n/locales';
import type { HandoutBlock, HandoutEntry } from '../schemas/handout-entry';
import type { LessonEntry } from '../schemas/lesson-entry';
import type { PrintDocument } from './document';
import type { LessonSheet } from './paths';

interface Where {
  locale: Locale;
  /** The absolute address of the sheet's page. */
  url: string;
  /** The content file, for error messages. */
  source: string;
  /** The build date, YYYY-MM-DD. */
  date: string;
}

export function handoutDocument(h: HandoutEntry, where: Where): PrintDocument {
  return { ...where, title: h.title, paper: h.paper, orientation: h.orientation, teacher: false, poster: h.kind === 'poster', blocks: h.blocks, privacyNote: h.privacyNote };
}

type Worksheet = LessonEntry['worksheet'];

const levelLabel = (locale: Locale, level: 'basic' | 'advanced') => t(locale, level === 'basic' ? 'print.worksheetBasic' : 'print.worksheetAdvanced');

function pupilBlocks(locale: Locale, w: Worksheet): HandoutBlock[] {
  return [
    { type: 'fields', labels: [t(locale, 'print.name'), t(locale, 'print.class'), t(locale, 'print.date')] },
    { type: 'paragraph', text: w.instructions },
    { type: 'questions', items: w.questions.map(({ prompt, lines }) => ({ prompt, lines })) },
  ];
}

function keyBlocks(locale: Locale, w: Worksheet, level: 'basic' | 'advanced'): HandoutBlock[] {
  const sep = locale === 'zh-cn' ? '：' : ': ';
  return [
    { type: 'heading', text: `${levelLabel(locale, level)}${sep}${w.title}` },
    { type: 'questions', items: w.questions },
    ...(w.rubric.length > 0
      ? [{ type: 'heading', text: t(locale, 'print.rubric') } as const, { type: 'rubric', criteria: w.rubric } as const]
      : []),
  ];
}

/** One of a lesson's three PDFs. */
export function lessonDocument(lesson: LessonEntry, sheet: LessonSheet, where: Where): PrintDocument {
  const { locale } = where;
  const common = { ...where, paper: 'A4' as const, orientation: 'portrait' as const };
  if (sheet === 'worksheet-key') {
    return {
      ...common,
      title: t(locale, 'print.answerKeyTitle', { title: lesson.title }),
      teacher: true,
      blocks: [...keyBlocks(locale, lesson.worksheet, 'basic'), ...keyBlocks(locale, lesson.advancedWorksheet, 'advanced')],
    };
  }
  const level = sheet === 'worksheet-basic' ? 'basic' : 'advanced';
  const w = level === 'basic' ? lesson.worksheet : lesson.advancedWorksheet;
  const timing = t(locale, 'print.worksheetTiming', { use: t(locale, `print.use.${w.use}`), minutes: w.minutes });
  return {
    ...common,
    title: w.title,
    subtitle: `${lesson.title} · ${levelLabel(locale, level)} · ${timing}`,
    teacher: false,
    blocks: pupilBlocks(locale, w),
  };
}
