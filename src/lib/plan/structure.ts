import departmentsJson from '../../data/departments.json';
import categoriesJson from '../../data/categories.json';
import measuresJson from '../../data/measures.json';
import { validatePlanData, type PlanData } from './structure-validation';
import type { Locale } from '../i18n/locales';
import type { Department } from '../schemas/department';
import type { Category } from '../schemas/category';
import type { MeasureStructure } from '../schemas/measure-structure';

/**
 * The language-neutral structure of the plan — categories, responsible bodies, and which
 * body is named in which measure — read once from `src/data/` and validated on import,
 * so a bad data file stops the build with a message naming the file and field.
 */
const data: PlanData = validatePlanData({
  departments: { file: 'src/data/departments.json', value: departmentsJson },
  categories: { file: 'src/data/categories.json', value: categoriesJson },
  measures: { file: 'src/data/measures.json', value: measuresJson },
});

export const departments: readonly Department[] = data.departments;
export const categories: readonly Category[] = data.categories;
export const measureStructures: readonly MeasureStructure[] = data.measures;
export const MEASURE_COUNT = data.measures.length;

export function departmentById(id: string): Department {
  const found = data.departments.find((d) => d.id === id);
  if (!found) throw new Error(`Unknown department id "${id}"`);
  return found;
}

export function structureOf(measure: number): MeasureStructure {
  const found = data.measures.find((m) => m.number === measure);
  if (!found) throw new Error(`Unknown measure number ${measure}`);
  return found;
}

export function categoryById(id: string): Category {
  const found = data.categories.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown category id "${id}"`);
  return found;
}

export function categoryOfMeasure(measure: number): Category {
  return categoryById(structureOf(measure).category);
}

export function measuresInCategory(categoryId: string): number[] {
  return data.measures.filter((m) => m.category === categoryId).map((m) => m.number);
}

export interface ResponsibleBody {
  department: Department;
  /** The name exactly as this measure writes it (Chinese). */
  asWritten: string;
}

/** The bodies a measure names, in the plan's order (no lead: the plan names none). */
export function departmentsOf(measure: number): ResponsibleBody[] {
  return structureOf(measure).departments.map((ref) => {
    const id = typeof ref === 'string' ? ref : ref.id;
    const department = departmentById(id);
    return { department, asWritten: typeof ref === 'string' ? department.zh : ref.asWritten };
  });
}

/** The measures naming a body, ascending. */
export function measuresOfDepartment(departmentId: string): number[] {
  return data.measures
    .filter((m) => m.departments.some((ref) => (typeof ref === 'string' ? ref : ref.id) === departmentId))
    .map((m) => m.number);
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** `（一）` … `（七）`, the plan's category prefix. */
export function categoryPrefixZh(category: Category): string {
  return `（${CHINESE_NUMERALS[category.number - 1]}）`;
}

/**
 * The bodies a measure names, as the plan lists them: its bodies in order, then “和各有关部门”
 * (or “各有关部门” alone) and “等” where the plan has them — joined the way the plan writes them,
 * never “、和…” or “、等”.
 * @example responsibleBodiesText(1, 'zh-cn') === '区政府办公室、区发展改革委、区城市管理委、区商务局和各有关部门'
 * @example responsibleBodiesText(23, 'zh-cn') === '各有关部门'
 */
export function responsibleBodiesText(measure: number, locale: Locale): string {
  const s = structureOf(measure);
  const bodies = departmentsOf(measure);
  if (locale === 'zh-cn') {
    const names = bodies.map((b) => b.asWritten).join('、');
    const all = s.allRelevantDepartments ? (names ? '和各有关部门' : '各有关部门') : '';
    return `${names}${all}${s.etAl ? '等' : ''}`;
  }
  const names = bodies.map((b) => b.department.en);
  if (s.allRelevantDepartments) names.push(names.length ? 'and all relevant departments' : 'All relevant departments');
  if (s.etAl) names.push('etc.');
  return joinEnglish(names);
}

/** The plan makes one body alone responsible (“负责”), not several “按职责分工负责”. */
export const hasSoleBody = (measure: number) => {
  const s = structureOf(measure);
  return departmentsOf(measure).length === 1 && !s.allRelevantDepartments && !s.etAl;
};

/**
 * The responsibility line of a measure, generated from the data so both languages agree.
 * Chinese reproduces the plan verbatim (the build compares it with the official text):
 * @example responsibilityText(5, 'zh-cn') === '区城市管理委负责'
 * @example responsibilityText(24, 'zh-cn') === '区委组织部和各有关部门按职责分工负责'
 */
export function responsibilityText(measure: number, locale: Locale): string {
  const list = responsibleBodiesText(measure, locale);
  if (locale === 'zh-cn') return `${list}${hasSoleBody(measure) ? '负责' : '按职责分工负责'}`;
  return hasSoleBody(measure) ? `${list} is responsible` : `${list}, each according to its duties`;
}

/**
 * How the plan prints a measure: its numbered heading, its text and, in brackets after the text,
 * who is responsible. The plan page, the measure pages and the tests that compare the pages
 * with the official text all use this one definition.
 * @example officialMeasureText(5, { title: '…', text: '…' }, 'zh-cn').responsibility === '（区城市管理委负责）'
 */
export function officialMeasureText(measure: number, entry: { title: string; text: string }, locale: Locale) {
  const responsibility = responsibilityText(measure, locale);
  return locale === 'zh-cn'
    ? { heading: `${measure}.${entry.title}。`, text: entry.text, responsibility: `（${responsibility}）` }
    : { heading: `${measure}. ${entry.title}.`, text: entry.text, responsibility: ` (${responsibility})` };
}

function joinEnglish(parts: string[]): string {
  // "A, B and all relevant departments" / "A, B, etc." — the flag phrases carry their own joiner.
  return parts.reduce((acc, part, i) => {
    if (i === 0) return part;
    if (part.startsWith('and ')) return `${acc} ${part}`;
    return `${acc}, ${part}`;
  }, '');
}
