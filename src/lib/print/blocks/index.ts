/**
 * One handout block onto the sheet: the one place that knows which renderer draws which block
 * type (the block vocabulary is src/lib/schemas/handout-entry.ts), and what text each prints,
 * so the build can refuse an undrawable character before drawing.
 */
import type { HandoutBlock } from '../../schemas/handout-entry';
import type { Sheet } from '../sheet';
import { drawBox } from './box';
import { drawCards } from './cards';
import { drawChecklist } from './checklist';
import { drawFields } from './fields';
import { drawFigure } from './figure';
import { drawGrid } from './grid';
import { drawQuestions } from './questions';
import { drawRubric } from './rubric';
import { drawSignatures } from './signatures';
import { drawTable } from './table';
import { drawHeading, drawList, drawParagraph } from './text-blocks';

export function drawBlock(sheet: Sheet, block: HandoutBlock): void {
  switch (block.type) {
    case 'heading': return drawHeading(sheet, block.text);
    case 'paragraph': return drawParagraph(sheet, block.text);
    case 'list': return drawList(sheet, block);
    case 'fields': return drawFields(sheet, block.labels);
    case 'questions': return drawQuestions(sheet, block.items);
    case 'cards': return drawCards(sheet, block);
    case 'table': return drawTable(sheet, block);
    case 'grid': return drawGrid(sheet, block);
    case 'checklist': return drawChecklist(sheet, block.items);
    case 'rubric': return drawRubric(sheet, block.criteria);
    case 'figure': return drawFigure(sheet, block);
    case 'box': return drawBox(sheet, block);
    case 'signatures': return drawSignatures(sheet, block);
  }
}

/** Every piece of text a block prints (answers included: the key prints them). */
export function blockText(block: HandoutBlock): string[] {
  switch (block.type) {
    case 'heading': case 'paragraph': return [block.text];
    case 'list': case 'checklist': return block.items;
    case 'fields': case 'signatures': return block.labels;
    case 'questions': return block.items.flatMap((q) => [q.prompt, q.answer ?? '']);
    case 'cards': return block.items.flatMap((c) => [c.title, c.text ?? '']);
    case 'table': return [block.caption, ...block.headers, ...block.rows.flat()];
    case 'grid': case 'figure': return [block.caption];
    case 'rubric': return block.criteria.flatMap((c) => [c.criterion, ...c.levels]);
    case 'box': return [block.label];
  }
}
