import categories from '../../../data/categories.json';
import measures from '../../../data/measures.json';
import type { Locale } from '../../i18n/locales';
import { pick } from '../../i18n/locales';
import { planSource, type DiagramDefinition } from './diagram';
import { box, COLOURS, label, lineCount, svgDocument } from './svg-parts';

/**
 * The seven areas (categories) of the plan's tasks and measures, read from the site's own data (src/data/categories.json
 * and measures.json), so the picture can never differ from the plan: one band per category, with
 * its number, title and the measures it holds.
 */
interface Category {
  id: string;
  number: number;
  zh: string;
  en: string;
}

/** Each category with the numbers of its measures, in the plan's order. */
export function planCategories(): { category: Category; measures: number[] }[] {
  return [...(categories as Category[])]
    .sort((a, b) => a.number - b.number)
    .map((category) => ({ category, measures: (measures as { number: number; category: string }[]).filter((m) => m.category === category.id).map((m) => m.number).sort((a, b) => a - b) }));
}

/** "第1–3条" / "Measures 1–3", as the site numbers measures (common.measureN: 第7条 / Measure 7). */
export function measureRange(locale: Locale, numbers: number[]): string {
  const first = numbers[0]!;
  const last = numbers[numbers.length - 1]!;
  const contiguous = numbers.every((n, i) => n === first + i);
  const span = numbers.length === 1 ? `${first}` : contiguous ? `${first}–${last}` : numbers.join(locale === 'en' ? ', ' : '、');
  return locale === 'en' ? `${numbers.length === 1 ? 'Measure' : 'Measures'} ${span}` : `第${span}条`;
}

const ORDINALS_ZH = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** The category's heading number as the plan writes it: （一） … ; in English "1." */
const numberLabel = (locale: Locale, n: number) => (locale === 'en' ? `${n}` : ORDINALS_ZH[n - 1]!);

const WORDS = {
  'zh-cn': { heading: '方案“任务措施”的七个方面', total: (n: number) => `共${n}项任务措施` },
  en: { heading: 'The seven areas of the plan’s tasks and measures', total: (n: number) => `${n} measures in all` },
};

const SIZE = 18;
const LINE = 24;

function draw(locale: Locale, idPrefix: string): string {
  const rows = planCategories();
  const total = rows.reduce((n, r) => n + r.measures.length, 0);
  let y = 62;
  const parts: string[] = [label(WORDS[locale].heading, locale, { x: 20, y: 36, size: 22, weight: 'bold' })];
  for (const { category, measures: ms } of rows) {
    const title = pick(locale, { zh: category.zh, en: category.en });
    const h = Math.max(lineCount(title, locale, 500, SIZE) * LINE + 20, 56);
    parts.push(
      box(20, y, 760, h, { fill: category.number % 2 ? COLOURS.tint : COLOURS.paper, stroke: COLOURS.brand }),
      `<rect x="20" y="${y}" width="56" height="${h}" rx="8" fill="${COLOURS.brand}"/>`,
      label(numberLabel(locale, category.number), locale, { x: 48, y: y + h / 2 + 7, size: 20, weight: 'bold', anchor: 'middle', fill: COLOURS.paper }),
      label(title, locale, { x: 92, y: y + 32, size: SIZE, weight: 'bold', maxWidth: 500, lineHeight: LINE }),
      label(measureRange(locale, ms), locale, { x: 764, y: y + 32, size: SIZE, anchor: 'end', fill: COLOURS.brand }),
    );
    y += h + 10;
  }
  parts.push(label(WORDS[locale].total(total), locale, { x: 780, y: y + 20, size: 17, anchor: 'end', fill: COLOURS.line }));
  const text = planCategoriesText(locale);
  return svgDocument({ idPrefix, width: 800, height: y + 36, title: text.title, description: text.description, lang: locale === 'en' ? 'en' : 'zh-CN', body: parts.join('') });
}

function planCategoriesText(locale: Locale) {
  const rows = planCategories();
  const lines = rows.map(({ category, measures: ms }) => (locale === 'en' ? `${category.number}. ${category.en} (${measureRange('en', ms)}).` : `（${ORDINALS_ZH[category.number - 1]}）${category.zh}（${measureRange('zh-cn', ms)}）。`));
  const total = rows.reduce((n, r) => n + r.measures.length, 0);
  return locale === 'en'
    ? { title: WORDS.en.heading, description: `The plan's tasks and measures fall into ${rows.length} areas holding ${total} measures, from urban governance to implementation safeguards.`, longDescription: lines }
    : { title: WORDS['zh-cn'].heading, description: `方案的任务措施分为${rows.length}个方面，共${total}项措施，从城市治理到实施保障。`, longDescription: lines };
}

export const PLAN_CATEGORIES: DiagramDefinition = {
  id: 'plan-categories',
  text: { 'zh-cn': planCategoriesText('zh-cn'), en: planCategoriesText('en') },
  labels: {
    'zh-cn': [WORDS['zh-cn'].heading, ...planCategories().flatMap((r) => [r.category.zh, measureRange('zh-cn', r.measures)])],
    en: [WORDS.en.heading, ...planCategories().flatMap((r) => [r.category.en, measureRange('en', r.measures)])],
  },
  sources: { 'zh-cn': [planSource('zh-cn')], en: [planSource('en')] },
  svg: draw,
};
