import { z } from 'astro/zod';
import { plainText } from './plain-text';
import { entrySourceSchema } from './source';
import { DIAGRAM_IDS } from '../learn/diagram-ids';

/**
 * What a printable handout is. Labels: `learn.handoutKind.<id>`.
 * cards: cut-out cards (role cards, sentence cards, picture glossary cards); form: a record or
 * survey sheet to fill in; game-kit: the pieces of a classroom game; template: a blank to draw or
 * plan on; poster: a display sheet; letter: to families; script: read aloud (班会, broadcast);
 * proposal: an 倡议书 to sign.
 */
export const HANDOUT_KINDS = ['cards', 'form', 'game-kit', 'template', 'poster', 'letter', 'survey', 'script', 'proposal'] as const;
/** Who the sheet is for: pupils, the teacher, families at home, or a wall. */
export const HANDOUT_AUDIENCES = ['pupil', 'teacher', 'family', 'display'] as const;

const text = plainText(1);

/**
 * The blocks a handout is made of, in order. One vocabulary serves the HTML page and the PDF, so
 * authors write words and structure, never layout. Answers (`questions[].answer`) print only in
 * the teacher's key.
 */
export const handoutBlockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('heading'), text }),
  z.strictObject({ type: z.literal('paragraph'), text }),
  z.strictObject({ type: z.literal('list'), ordered: z.boolean().default(false), items: z.array(text).min(1) }),
  /** Lines to write on, each labelled: 姓名, 班级, 日期 … */
  z.strictObject({ type: z.literal('fields'), labels: z.array(text).min(1).max(6) }),
  z.strictObject({
    type: z.literal('questions'),
    items: z.array(z.strictObject({ prompt: plainText(2), lines: z.number().int().min(0).max(12), answer: plainText(1).optional() })).min(1),
  }),
  /** Cut-out cards on a grid, with cutting lines; `count` repeats a card (32 allowance slips). */
  z.strictObject({
    type: z.literal('cards'),
    columns: z.number().int().min(1).max(4),
    items: z.array(z.strictObject({ title: text, text: plainText(1).optional(), count: z.number().int().min(1).max(400).default(1), diagram: z.enum(DIAGRAM_IDS).optional() })).min(1),
  }),
  /** A table to read or fill in; `blankRows` adds empty rows to write in. */
  z.strictObject({
    type: z.literal('table'),
    caption: text,
    headers: z.array(text).min(1).max(8),
    rows: z.array(z.array(z.string())).default([]),
    blankRows: z.number().int().min(0).max(30).default(0),
  }),
  /** Squared paper for a floor plan or a chart, `columns` × `rows` squares. */
  z.strictObject({ type: z.literal('grid'), caption: text, columns: z.number().int().min(4).max(40), rows: z.number().int().min(4).max(60) }),
  z.strictObject({ type: z.literal('checklist'), items: z.array(text).min(1) }),
  z.strictObject({
    type: z.literal('rubric'),
    criteria: z.array(z.strictObject({ criterion: text, levels: z.tuple([text, text, text]) })).min(1),
  }),
  z.strictObject({ type: z.literal('figure'), diagram: z.enum(DIAGRAM_IDS), caption: text }),
  /** Space to draw or stick in, with what goes there. */
  z.strictObject({ type: z.literal('box'), label: text, heightMm: z.number().int().min(15).max(250) }),
  /** Signatures under a proposal or a letter's reply slip. */
  z.strictObject({ type: z.literal('signatures'), labels: z.array(text).min(1).max(4), lines: z.number().int().min(1).max(30) }),
]);
export type HandoutBlock = z.infer<typeof handoutBlockSchema>;

/**
 * Frontmatter of `src/content/handouts/<locale>/<id>.mdx`: a printable sheet (or set of sheets)
 * a lesson names in `handouts`. The build makes it a page (/learn/materials/<id>/) and an A4 or
 * A3 PDF; the body, if any, is a note for the teacher shown on the page only.
 */
export const handoutEntrySchema = z.strictObject({
  title: plainText(2),
  summary: plainText(6),
  kind: z.enum(HANDOUT_KINDS),
  audience: z.enum(HANDOUT_AUDIENCES),
  paper: z.enum(['A4', 'A3']).default('A4'),
  orientation: z.enum(['portrait', 'landscape']).default('portrait'),
  blocks: z.array(handoutBlockSchema).min(1),
  /** What a family's sheet asks and what it does not: required for surveys and letters that collect answers. */
  privacyNote: plainText(10).optional(),
  sources: z.array(entrySourceSchema).default([]),
});
export type HandoutEntry = z.infer<typeof handoutEntrySchema>;
