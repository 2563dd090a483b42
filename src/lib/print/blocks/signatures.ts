/** Signature lines under a proposal or a reply slip: one column per label, `lines` rows to sign in. */
import { mm } from '../paper';
import type { Sheet } from '../sheet';
import { drawTable } from './table';

export function drawSignatures(sheet: Sheet, block: { labels: string[]; lines: number }): void {
  drawTable(sheet, { headers: block.labels, rows: [], blankRows: block.lines, blankRowHeight: mm(12) });
}
