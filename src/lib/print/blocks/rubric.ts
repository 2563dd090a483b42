/** A marking guide: one row per criterion, described at three levels (good, adequate, not yet). */
import { t } from '../../i18n/translate';
import type { Sheet } from '../sheet';
import { drawTable } from './table';

export interface PrintRubricRow {
  criterion: string;
  levels: readonly [string, string, string];
}

export function drawRubric(sheet: Sheet, criteria: PrintRubricRow[], caption?: string): void {
  const l = sheet.locale;
  drawTable(sheet, {
    caption,
    headers: [t(l, 'print.rubricCriterion'), t(l, 'print.rubricGood'), t(l, 'print.rubricAdequate'), t(l, 'print.rubricNotYet')],
    rows: criteria.map((c) => [c.criterion, ...c.levels]),
    blankRows: 0,
  });
}
