import { latestVersion } from '../datasets';
import type { RowOf } from '../datasets/row-schemas';
import type { ChartPoint, ChartSpec } from './chart-spec';

const bi = (zh: string, en: string) => ({ zh, en });

function targetsByDeadline(): ChartSpec {
  const dataset = latestVersion('plan-targets');
  const rows = dataset.rows as RowOf<'plan-targets'>[];
  const years = [...new Set(rows.map((r) => r.deadline).filter((y): y is number => y !== null))].sort();
  const points: ChartPoint[] = [
    ...years.map((year) => ({ label: bi(`${year}年`, String(year)), value: rows.filter((r) => r.deadline === year).length })),
    { label: bi('未规定期限', 'No deadline stated'), value: rows.filter((r) => r.deadline === null).length },
  ];
  return {
    id: 'targets-by-deadline',
    homeRoutePath: '/targets/',
    dataset,
    title: bi('方案目标按期限年份分布', "The plan's targets by deadline year"),
    labelHeading: bi('期限', 'Deadline'),
    valueHeading: bi('目标数（项）', 'Targets'),
    orientation: 'vertical',
    points,
    summary: bi(
      `柱状图：${points.map((p) => `${p.label.zh}${p.value}项`).join('，')}。`,
      `Bar chart: ${points.map((p) => `${p.label.en}: ${p.value}`).join('; ')}.`,
    ),
  };
}

function measuresPerCategory(): ChartSpec {
  const dataset = latestVersion('measures-by-category');
  const rows = dataset.rows as RowOf<'measures-by-category'>[];
  const points = rows.map((r) => ({ label: bi(r.zh, r.en), value: r.measureCount, routePath: `/measures/#category-${r.id}` }));
  return {
    id: 'measures-per-category',
    homeRoutePath: '/targets/',
    dataset,
    title: bi('七个方面各有几条任务措施', 'Measures in each of the seven areas'),
    labelHeading: bi('方面', 'Area'),
    valueHeading: bi('措施数（条）', 'Measures'),
    orientation: 'horizontal',
    points,
    summary: bi(`横向柱状图：${rows.map((r) => `${r.zh}${r.measureCount}条`).join('，')}。`, `Bar chart: ${rows.map((r) => `${r.en}: ${r.measureCount}`).join('; ')}.`),
  };
}

function measuresPerDepartment(): ChartSpec {
  const dataset = latestVersion('measures-by-department');
  const rows = dataset.rows as RowOf<'measures-by-department'>[];
  const points = rows.map((r) => ({ label: bi(r.zh, r.en), value: r.measureCount, routePath: `/departments/${r.id}/` }));
  return {
    id: 'measures-per-department',
    homeRoutePath: '/targets/',
    dataset,
    title: bi('各责任单位列名的任务措施数', 'Measures naming each responsible body'),
    labelHeading: bi('责任单位', 'Responsible body'),
    valueHeading: bi('措施数（条）', 'Measures'),
    orientation: 'horizontal',
    points,
    summary: bi(
      `横向柱状图，共${rows.length}个单位，按方案列出的顺序排列；完整数字见表格。`,
      `Bar chart of ${rows.length} bodies in the order the plan lists them; the table gives every figure.`,
    ),
  };
}

/** Every chart on the site, by id. */
export const CHARTS: readonly ChartSpec[] = [targetsByDeadline(), measuresPerCategory(), measuresPerDepartment()];

export function chartById(id: string): ChartSpec {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart "${id}"; charts: ${CHARTS.map((c) => c.id).join(', ')}`);
  return chart;
}
