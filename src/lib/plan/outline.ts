import { attributeText, jsxAttributes, parseBody, walk } from '../sources/parse-body';

/**
 * The plan body's sections, read from its MDX syntax tree: `<PlanSection id="…" level={…} title="…">`
 * and `<Category n={…} />`, in document order. Feeds the table of contents, so the contents
 * can never disagree with the text.
 */
export type OutlineItem =
  | { kind: 'section'; id: string; level: number; title: string }
  | { kind: 'category'; n: number };

type Element = Parameters<typeof jsxAttributes>[0] & { name?: string | null };

/** An attribute's literal value, '' when absent. */
const attribute = (element: Element, name: string) => {
  const a = jsxAttributes(element).find((x) => x.name === name);
  return a ? attributeText(a) : '';
};

/** `mdx` is the plan's body (or the whole file: frontmatter is skipped). */
export function planOutline(mdx: string): OutlineItem[] {
  const tree = parseBody(mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''), true);
  const items: OutlineItem[] = [];
  for (const node of walk(tree) as Iterable<Element>) {
    if (!node.type.startsWith('mdxJsx')) continue;
    if (node.name === 'Category') items.push({ kind: 'category', n: Number(attribute(node, 'n')) });
    if (node.name === 'PlanSection') items.push({ kind: 'section', id: attribute(node, 'id'), level: Number(attribute(node, 'level')), title: attribute(node, 'title') });
  }
  return items;
}
