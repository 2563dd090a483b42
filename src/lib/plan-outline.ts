import { parseBody } from './sources/parse-body';
import { walk } from './checks/body-is-content';

/**
 * The plan body's sections, read from its MDX syntax tree: `<PlanSection id="…" level={…} title="…">`
 * and `<Category n={…} />`, in document order. Feeds the table of contents, so the contents
 * can never disagree with the text.
 */
export type OutlineItem =
  | { kind: 'section'; id: string; level: number; title: string }
  | { kind: 'category'; n: number };

interface JsxElement {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: string | { value: string } | null }[];
}

/** An attribute's literal value: `"text"` as is, `{2}` as its expression text. */
const attribute = (element: JsxElement, name: string) => {
  const value = element.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'object' && value ? value.value : (value ?? '');
};

/** `mdx` is the plan's body (or the whole file: frontmatter is skipped). */
export function planOutline(mdx: string): OutlineItem[] {
  const tree = parseBody(mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''), true);
  const items: OutlineItem[] = [];
  for (const node of walk(tree) as Iterable<JsxElement>) {
    if (!node.type.startsWith('mdxJsx')) continue;
    if (node.name === 'Category') items.push({ kind: 'category', n: Number(attribute(node, 'n')) });
    if (node.name === 'PlanSection') items.push({ kind: 'section', id: attribute(node, 'id'), level: Number(attribute(node, 'level')), title: attribute(node, 'title') });
  }
  return items;
}
