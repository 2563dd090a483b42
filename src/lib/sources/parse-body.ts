import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';

/**
 * Parses a Markdown or MDX body with the same grammar the site's renderer uses (CommonMark + GFM,
 * plus MDX's JSX, expressions and ESM for `.mdx`), so a check sees exactly the nodes that would
 * be rendered — a regex would miss reference links, raw HTML spread over lines or `{…}` code.
 *
 * `text` is the whole file with its frontmatter blanked out, so node positions are the file's
 * own line numbers.
 */
export function parseBody(text: string, mdx: boolean): Root {
  return mdx
    ? fromMarkdown(text, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] })
    : fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Every node of a tree, depth first. */
export function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of (node as Parent).children ?? []) yield* walk(child);
}

/** The file line a node starts on. */
export const lineOf = (node: Node) => node.position?.start.line ?? 0;

/** A JSX attribute as MDX parses it: a string, or `{…}` with its expression text. */
export interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** The JSX attributes of a node (none for other nodes). */
export const jsxAttributes = (node: Node) => ((node as { attributes?: JsxAttribute[] }).attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute');

/** An attribute's literal text: `"text"` as is, `{2}` as its expression text, a bare attribute as ''. */
export const attributeText = (a: JsxAttribute) => (typeof a.value === 'object' && a.value ? a.value.value : (a.value ?? ''));
