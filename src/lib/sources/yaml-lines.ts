import { parseDocument, isSeq, LineCounter } from 'yaml';

/**
 * The line (1-based) where each item of a top-level YAML list starts, so a problem in item 12
 * can name its line as an author sees it in the editor. Empty when the text is not a list.
 */
export function yamlListItemLines(text: string): number[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (!isSeq(doc.contents)) return [];
  return doc.contents.items.map((item) => {
    const offset = (item as { range?: [number, number, number] }).range?.[0] ?? 0;
    return lineCounter.linePos(offset).line;
  });
}
