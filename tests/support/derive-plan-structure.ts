import { categories, departments, measuresInCategory, measuresOfDepartment } from '../../src/lib/plan/structure';
import type { RowOf } from '../../src/lib/datasets/row-schemas';

// The rows the `measures-by-category` and `measures-by-department` datasets must hold, computed
// from src/data/measures.json: the structure is typed once, there. A unit test compares the
// latest released version with these rows and, when they differ, prints the next version.

export function measuresByCategoryRows(): RowOf<'measures-by-category'>[] {
  return categories.map((c) => {
    const measures = measuresInCategory(c.id);
    return { id: c.id, number: c.number, zh: c.zh, en: c.en, measureCount: measures.length, measures: measures.join(' ') };
  });
}

export function measuresByDepartmentRows(): RowOf<'measures-by-department'>[] {
  return departments.map((d) => {
    const measures = measuresOfDepartment(d.id);
    return { id: d.id, zh: d.zh, en: d.en, measureCount: measures.length, measures: measures.join(' ') };
  });
}
