/**
 * The plan body's sections, read from its MDX source: `<PlanSection id="…" level={…} title="…">`
 * and `<Category n={…} />`, in document order. Feeds the table of contents, so the contents
 * can never disagree with the text.
 */
export type OutlineItem =
  | { kind: 'section'; id: string; level: number; title: string }
  | { kind: 'category'; n: number };

export function planOutline(mdx: string): OutlineItem[] {
  const items: OutlineItem[] = [];
  for (const m of mdx.matchAll(/<(PlanSection|Category)\b([^>]*)>/g)) {
    const attrs = m[2]!;
    if (m[1] === 'Category') {
      items.push({ kind: 'category', n: Number(/\bn=\{(\d+)\}/.exec(attrs)?.[1]) });
    } else {
      items.push({
        kind: 'section',
        id: /\bid="([^"]+)"/.exec(attrs)?.[1] ?? '',
        level: Number(/\blevel=\{(\d)\}/.exec(attrs)?.[1]),
        title: /\btitle="([^"]+)"/.exec(attrs)?.[1] ?? '',
      });
    }
  }
  return items;
}
